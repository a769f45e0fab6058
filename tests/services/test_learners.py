import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text

from clc_desktop.domain.codes import AgeBand, MarkStatus
from clc_desktop.domain.learners import LearnerForm, form_problems
from clc_desktop.domain.messages import Problem
from clc_desktop.services.learners import (
    LearnerFilter,
    LearnerListItem,
    LearnerSearch,
    add_learner,
    delete_learner,
    duplicate_groups,
    filter_mask,
    filter_positions,
    get_learner,
    load_learner_list,
    merge_learners,
    possible_duplicates,
    set_archived,
    sorted_positions,
    update_learner,
    usual_ethnicity,
)
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import AttendanceMark, ClassSession, Enrolment, LearningClass

TODAY = dt.date(2026, 11, 23)


def _add(store: Store, name: str, **fields: object) -> int:
    with store.session() as session:
        return add_learner(session, LearnerForm(full_name=name, **fields), TODAY)  # type: ignore[arg-type]


def _class(store: Store, name: str, topic: str, dates: list[dt.date]) -> tuple[int, list[int]]:
    with store.session() as session:
        class_id = session.execute(
            insert(LearningClass).values(name=name, topic=topic).returning(LearningClass.id)
        ).scalar_one()
        ids = [
            session.execute(
                insert(ClassSession).values(class_id=class_id, date=day).returning(ClassSession.id)
            ).scalar_one()
            for day in dates
        ]
    return class_id, ids


def _enrol(store: Store, learner_id: int, class_id: int, **fields: object) -> None:
    with store.session() as session:
        session.execute(
            insert(Enrolment).values(learner_id=learner_id, class_id=class_id, **fields)
        )


def _mark(store: Store, learner_id: int, session_id: int, status: MarkStatus) -> None:
    with store.session() as session:
        session.execute(
            insert(AttendanceMark).values(
                learner_id=learner_id, session_id=session_id, status=status.value
            )
        )


def test_validation_names_each_field() -> None:
    assert form_problems(LearnerForm(full_name="  "), TODAY) == {
        "full_name": "learner.name_required"
    }
    problems = form_problems(
        LearnerForm(
            full_name="Lê 3",
            birth_date=dt.date(2027, 1, 1),
            phone="12",
            ethnicity="99",
            sex="other",
        ),
        TODAY,
    )
    assert problems == {
        "full_name": "learner.name_characters",
        "birth_date": "learner.birth_date_future",
        "phone": "learner.phone_format",
        "ethnicity": "learner.ethnicity_unknown",
        "sex": "learner.sex_unknown",
    }
    assert form_problems(LearnerForm("Lò Văn Pao", birth_year=1850), TODAY) == {
        "birth_year": "learner.birth_year_impossible"
    }
    assert form_problems(LearnerForm("Lò Văn Pao", birth_year=2030), TODAY) == {
        "birth_year": "learner.birth_year_future"
    }
    assert form_problems(
        LearnerForm("Lò Văn Pao", birth_date=dt.date(1970, 1, 1), birth_year=1971), TODAY
    ) == {"birth_year": "learner.birth_year_mismatch"}
    assert form_problems(LearnerForm("H'Hen Niê", birth_year=1970, phone="0912 34x 678"))
    assert not form_problems(LearnerForm("H'Hen Niê", birth_year=1970, phone="+84 912 345 678"))


def test_add_stores_nfc_name_folded_key_and_digits(store: Store) -> None:
    nfd = "Nguye\u0302\u0303n  Va\u0306n  \u0110u\u031b\u0301c "
    learner_id = _add(store, nfd, birth_date=dt.date(1968, 3, 5), phone="0912 345 678")
    with store.session() as session:
        row = session.execute(
            text("SELECT full_name, search_key, birth_year, phone FROM learner")
        ).one()
        record = get_learner(session, learner_id)
    assert tuple(row) == ("Nguyễn Văn Đức", "nguyen van duc", 1968, "0912345678")
    assert record.form.full_name == "Nguyễn Văn Đức"
    with store.session() as session:
        update_learner(session, learner_id, LearnerForm("Nguyễn Văn Đức", birth_year=1969), TODAY)
        assert get_learner(session, learner_id).form.birth_date is None
    with pytest.raises(ValueError, match="invalid learner"), store.session() as session:
        add_learner(session, LearnerForm(""), TODAY)


def test_search_folds_accents_case_and_d(store: Store) -> None:
    names = ["Nguyễn Văn Đức", "Đặng Thị Hương", "Trần Minh Dũng", "Lê Thị Hoa"]
    for index, name in enumerate(names):
        _add(store, name, phone=f"091234567{index}", address="Thôn Đông" if index else "Xóm Mới")
    with store.session() as session:
        items = load_learner_list(session, TODAY)
    search = LearnerSearch(items)

    def found(query: str) -> list[str]:
        return [items[p].full_name for p in search.search(query)]

    assert found("nguyen van duc") == ["Nguyễn Văn Đức"]
    assert found("NGUYỄN") == ["Nguyễn Văn Đức"]
    assert found("dang") == ["Đặng Thị Hương"]
    assert found("d") == names  # Đông is the village of the last three
    assert found("du") == ["Nguyễn Văn Đức", "Trần Minh Dũng"]
    assert found("duc") == ["Nguyễn Văn Đức"]
    assert found("huong dang") == ["Đặng Thị Hương"]
    assert found("0912 345 672") == ["Trần Minh Dũng"]
    assert found("0912.345.673") == ["Lê Thị Hoa"]
    assert found("xom moi") == ["Nguyễn Văn Đức"]
    assert found("thon dong thi") == ["Đặng Thị Hương", "Lê Thị Hoa"]
    assert found("") == names
    assert found("zzz") == []


def test_list_rows_carry_what_the_filters_need(store: Store) -> None:
    old = _add(store, "Lê Văn An", birth_year=1950, sex="male")
    young = _add(store, "Phạm Thị Bình", birth_date=dt.date(2000, 12, 1), sex="female")
    class_id, _ = _class(store, "Tin học", "digital", [])
    _enrol(store, young, class_id)
    with store.session() as session:
        set_archived(session, [old], True)
        items = load_learner_list(session, TODAY)
    by_id = {item.id: item for item in items}
    assert by_id[old].age_band is AgeBand.OVER_60
    assert by_id[old].archived
    assert by_id[young].age_band is AgeBand.FROM_15_TO_25  # 26 only from 1 December 2026
    assert by_id[young].class_ids == {class_id}
    assert by_id[young].topics == {"digital"}
    everyone = range(len(items))
    assert filter_positions(items, everyone, LearnerFilter()) == [1]
    assert filter_positions(items, everyone, LearnerFilter(archived=None)) == [0, 1]
    assert filter_positions(items, everyone, LearnerFilter(topic="digital")) == [1]
    assert filter_positions(items, everyone, LearnerFilter(archived=True, sex="female")) == []
    search = LearnerSearch(items)
    assert search.search("", filter_mask(items, LearnerFilter(class_id=class_id))) == [1]
    assert search.search("le van", filter_mask(items, LearnerFilter())) == []
    assert search.search("le van", filter_mask(items, LearnerFilter(archived=True))) == [0]


def test_names_sort_by_given_name_then_family_name(store: Store) -> None:
    for name in ["Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Bùi Thị An", "Đỗ Văn Đức"]:
        _add(store, name)
    with store.session() as session:
        items = load_learner_list(session, TODAY)
    ordered = [items[p].full_name for p in sorted_positions(items, "name")]
    # a < á, d < đ (as letters, before tones), then the family name: Đỗ < Trần.
    assert ordered == ["Bùi Thị An", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Đỗ Văn Đức", "Trần Văn Đức"]


def test_possible_duplicates_by_name_and_year_or_phone(store: Store) -> None:
    first = _add(store, "Nguyễn Thị Hoa", birth_year=1970, phone="0912345678")
    no_year = _add(store, "NGUYỄN THỊ HOA")
    _add(store, "Nguyễn Thị Hoa", birth_year=1985)
    phone_twin = _add(store, "Trần Văn Nam", phone="0912345678")
    with store.session() as session:
        found = possible_duplicates(session, "nguyen thi hoa", 1970)
        assert [c.id for c in found] == [first, no_year]
        by_phone = possible_duplicates(session, "Ai Đó", None, "0912 345 678")
        assert [c.id for c in by_phone] == [first, phone_twin]
        assert by_phone[1].same_phone
        assert not by_phone[1].same_name
        assert possible_duplicates(session, "Nguyễn Thị Hoa", 1970, exclude_id=first)[0].id == (
            no_year
        )


def test_duplicate_groups_across_the_registry(store: Store) -> None:
    first = _add(store, "Nguyễn Thị Hoa", birth_year=1970, phone="0912345678")
    second = _add(store, "NGUYEN THI HOA", birth_year=1970)
    _add(store, "Nguyễn Thị Hoa", birth_year=1985)
    phone_twin = _add(store, "Trần Văn Nam", phone="0912 345 678")
    with store.session() as session:
        groups = duplicate_groups(session)
    assert [(g.same_name, [c.id for c in g.learners]) for g in groups] == [
        (True, [first, second]),
        (False, [first, phone_twin]),
    ]
    assert groups[0].learners[1].full_name == "NGUYEN THI HOA"


def test_merge_keeps_every_mark_and_enrolment_strongest_mark_wins(store: Store) -> None:
    days = [dt.date(2026, 10, d) for d in (1, 8, 15, 22)]
    keep = _add(store, "Nguyễn Văn Đức", birth_year=1968)
    other = _add(store, "Nguyen Van Duc", phone="0912345678", address="Thôn Đông")
    class_a, sessions_a = _class(store, "Lớp A", "digital", days)
    class_b, sessions_b = _class(store, "Lớp B", "health", days[:2])
    _enrol(store, keep, class_a)
    _enrol(store, other, class_a, enrolled_on=days[1])
    _enrol(store, other, class_b)
    _mark(store, keep, sessions_a[0], MarkStatus.ABSENT)
    _mark(store, other, sessions_a[0], MarkStatus.LATE)
    _mark(store, keep, sessions_a[1], MarkStatus.PRESENT)
    _mark(store, other, sessions_a[1], MarkStatus.EXCUSED)
    _mark(store, other, sessions_a[2], MarkStatus.ABSENT)
    _mark(store, other, sessions_b[0], MarkStatus.PRESENT)
    with store.session() as session:
        result = merge_learners(session, keep, other, TODAY)
    assert result.marks_in_both == 2
    assert result.marks_moved == 2
    assert result.enrolments_moved == 2
    assert result.enrolments_joined == 1
    with store.session() as session:
        marks = dict(
            session.execute(
                text("SELECT session_id, status FROM attendance_mark WHERE learner_id = :id"),
                {"id": keep},
            ).all()
        )
        enrolments = session.execute(
            text("SELECT class_id FROM enrolment WHERE learner_id = :id ORDER BY class_id"),
            {"id": keep},
        ).all()
        kept = get_learner(session, keep)
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 1
    assert marks == {
        sessions_a[0]: "late",
        sessions_a[1]: "present",
        sessions_a[2]: "absent",
        sessions_b[0]: "present",
    }
    assert [e[0] for e in enrolments] == [class_a, class_b]
    assert kept.form.phone == "0912345678"
    assert kept.form.birth_year == 1968
    assert kept.form.notes is not None
    assert "Gộp hồ sơ trùng: Nguyen Van Duc" in kept.form.notes
    with pytest.raises(Problem) as same, store.session() as session:
        merge_learners(session, keep, keep)
    assert same.value.code == "learner.merge_same"


def test_delete_only_without_attendance(store: Store) -> None:
    marked = _add(store, "Lò Thị Mai")
    unmarked = _add(store, "Lò Văn Pao")
    class_id, sessions = _class(store, "Lớp", "legal", [dt.date(2026, 10, 1)])
    _enrol(store, marked, class_id)
    _enrol(store, unmarked, class_id)
    _mark(store, marked, sessions[0], MarkStatus.PRESENT)
    with pytest.raises(Problem) as refused, store.session() as session:
        delete_learner(session, marked)
    assert refused.value.code == "learner.has_attendance"
    assert "lưu trữ" in refused.value.text()
    with store.session() as session:
        delete_learner(session, unmarked)
        remaining = session.execute(text("SELECT learner_id FROM enrolment")).scalars().all()
        assert remaining == [marked]
        assert set_archived(session, [marked], True) == 1
        assert set_archived(session, [marked], True) == 0
    with pytest.raises(Problem) as gone, store.session() as session:
        delete_learner(session, unmarked)
    assert gone.value.code == "learner.not_found"


_NAMES = ["Nguyễn Văn Đức", "Đặng Thị Hương", "Trần Minh Dũng", "Lê Thị Hoa", "Đỗ Văn An"]


def _item(index: int) -> LearnerListItem:
    from clc_desktop.domain.text import fold

    name = _NAMES[index % len(_NAMES)]
    return LearnerListItem(
        index,
        name,
        fold(name),
        "female",
        None,
        None,
        AgeBand.UNKNOWN,
        None,
        f"09{index:08d}",
        ["Thôn Đông", "Xóm Mới", None][index % 3],
        False,
        "",
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="nguyễn vădđức0912 hoaĐx", max_size=8), max_size=12))
def test_typing_on_gives_what_a_fresh_search_gives(queries: list[str]) -> None:
    items = [_item(i) for i in range(40)]
    typed = LearnerSearch(items)
    for text_typed in queries:  # typed one character at a time, then the next query
        for end in range(len(text_typed) + 1):
            query = text_typed[:end]
            assert typed.search(query) == LearnerSearch(items).search(query), query


def test_invisible_characters_cannot_hide_a_duplicate(store: Store) -> None:
    """A name pasted from a chat or a web page with zero-width and bidi characters is
    stored clean, so the duplicate search finds the learner already registered."""
    with store.session() as session:
        first = add_learner(session, LearnerForm("Nguyễn Văn Đức", birth_year=1968))
        pasted = LearnerForm(
            "\ufeffNguyễn\u200b Văn\u200d Đ\u00adức\u202c",
            birth_year=1968,
            phone="\u200e0912\u2060345678",
            address="Thôn\u200b Đông\u2069",
        )
        found = possible_duplicates(session, pasted.full_name, 1968)
        second = add_learner(session, pasted)
        stored = session.execute(
            text("SELECT full_name, search_key, phone, address FROM learner WHERE id = :i"),
            {"i": second},
        ).one()
    assert [c.id for c in found] == [first]
    assert tuple(stored) == ("Nguyễn Văn Đức", "nguyen van duc", "0912345678", "Thôn Đông")


def test_the_usual_ethnicity_is_the_one_most_learners_have(store: Store) -> None:
    with store.session() as session:
        assert usual_ethnicity(session) == "01"  # none recorded yet: Kinh
        add_learner(session, LearnerForm("Lò Văn Pao", ethnicity="03"))
        assert usual_ethnicity(session) == "03"
        add_learner(session, LearnerForm("Nguyễn Văn Đức", ethnicity="01"))
        assert usual_ethnicity(session) == "01"  # a tie: Kinh
        for name in ("Lò Thị Xuân", "Cầm Văn Chung"):
            add_learner(session, LearnerForm(name, ethnicity="03"))
        add_learner(session, LearnerForm("Vũ Thị Thu"))  # not recorded: not counted
        assert usual_ethnicity(session) == "03"  # a centre of Thái learners


def test_the_list_carries_the_disability_and_filters_by_it(store: Store) -> None:
    with store.session() as session:
        with_one = add_learner(session, LearnerForm("Nguyễn Văn Đức", disability=True))
        without = add_learner(session, LearnerForm("Trần Thị Hương"))
        items = load_learner_list(session, TODAY)
    assert {item.id: item.disability for item in items} == {with_one: True, without: False}
    assert [
        items[p].id for p in filter_positions(items, range(2), LearnerFilter(disability=True))
    ] == [with_one]
    assert [items[p].id for p in sorted_positions(items, "disability")] == [with_one, without]
