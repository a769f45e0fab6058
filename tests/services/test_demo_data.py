import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from clc_desktop.domain.messages import Problem
from clc_desktop.domain.text import fold
from clc_desktop.services.demo_data import demo_unit_id, generate_demo
from clc_desktop.storage.database import Store, open_store

TODAY = dt.date(2026, 11, 22)


def _scalar(store: Store, sql: str) -> int:
    with store.session() as session:
        return int(session.execute(text(sql)).scalar() or 0)


@pytest.fixture
def demo(store: Store) -> Store:
    generate_demo(store.engine, seed=7, size="small", today=TODAY)
    return store


def test_the_small_demo_is_a_believable_centre(store: Store) -> None:
    summary = generate_demo(store.engine, seed=7, size="small", today=TODAY)
    assert summary.school_year == "2025-2026"
    assert summary.unit_id == demo_unit_id(7)
    assert summary.centre_name.startswith("TTHTCĐ ")
    assert 250 <= summary.learners <= 400
    assert summary.classes >= 20
    assert summary.cancelled_sessions > 0
    assert summary.marks > 5000
    topics = _scalar(store, "SELECT COUNT(DISTINCT topic) FROM learning_class")
    assert topics >= 8
    assert _scalar(store, "SELECT COUNT(*) FROM learner WHERE ethnicity NOT IN ('01')") > 0
    assert _scalar(store, "SELECT COUNT(*) FROM learner WHERE disability") > 0
    assert _scalar(store, "SELECT COUNT(*) FROM class_session WHERE walk_ins_female > 0") > 0
    assert _scalar(store, "SELECT COUNT(*) FROM enrolment WHERE completed") > 0
    assert _scalar(store, "SELECT COUNT(*) FROM enrolment WHERE withdrawn_on IS NOT NULL") > 0
    assert _scalar(store, "SELECT COUNT(*) FROM enrolment WHERE enrolled_on IS NOT NULL") > 0
    for status in ("present", "late", "excused", "absent"):
        assert _scalar(store, f"SELECT COUNT(*) FROM attendance_mark WHERE status = '{status}'")


def test_there_are_sessions_today_and_none_of_today_or_later_is_marked(demo: Store) -> None:
    assert _scalar(demo, "SELECT COUNT(*) FROM class_session WHERE date = '2026-11-22'") >= 1
    assert (
        _scalar(
            demo,
            "SELECT COUNT(*) FROM attendance_mark m JOIN class_session s "
            "ON s.id = m.session_id WHERE s.date >= '2026-11-22'",
        )
        == 0
    )


def test_marks_only_where_the_counting_rules_expect_them(demo: Store) -> None:
    assert (
        _scalar(
            demo,
            "SELECT COUNT(*) FROM attendance_mark m JOIN class_session s "
            "ON s.id = m.session_id WHERE s.status = 'cancelled'",
        )
        == 0
    )
    not_enrolled = """
        SELECT COUNT(*) FROM attendance_mark m JOIN class_session s ON s.id = m.session_id
        JOIN learning_class c ON c.id = s.class_id
        WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.class_id = s.class_id
            AND e.learner_id = m.learner_id
            AND COALESCE(e.enrolled_on, c.start_date) <= s.date
            AND (e.withdrawn_on IS NULL OR s.date <= e.withdrawn_on))"""
    assert _scalar(demo, not_enrolled) == 0


def test_names_are_nfc_with_their_search_key_and_ages_12_to_85(demo: Store) -> None:
    with demo.session() as session:
        rows = session.execute(text("SELECT full_name, search_key, birth_year FROM learner")).all()
    assert all(unicodedata.is_normalized("NFC", name) for name, _, _ in rows)
    assert all(key == fold(name) for name, key, _ in rows)
    ages = [2026 - year for _, _, year in rows if year is not None]
    assert min(ages) >= 12
    assert max(ages) <= 85
    assert any(name.startswith("Nguyễn ") for name, _, _ in rows)


def _dump(path: Path) -> list[tuple[object, ...]]:
    with open_store(path) as store, store.session() as session:
        return [
            *session.execute(text("SELECT * FROM centre")).all()[0][1:-1],
            *session.execute(
                text(
                    "SELECT learner_key, full_name, sex, birth_date, birth_year, "
                    "ethnicity FROM learner ORDER BY id"
                )
            ).all(),
            *session.execute(
                text("SELECT session_id, learner_id, status FROM attendance_mark ORDER BY 1, 2")
            ).all(),
        ]


def test_the_same_seed_gives_the_same_centre(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        with open_store(tmp_path / name) as store:
            generate_demo(store.engine, seed=3, size="small", today=TODAY)
        dumps.append(_dump(tmp_path / name))
    assert dumps[0] == dumps[1]
    assert demo_unit_id(3) != demo_unit_id(4)


def test_a_database_with_data_is_refused(demo: Store) -> None:
    before = _scalar(demo, "SELECT COUNT(*) FROM learner")
    with pytest.raises(Problem) as refused:
        generate_demo(demo.engine, seed=8, size="small", today=TODAY, db_label="x.db")
    assert refused.value.code == "demo.not_empty"
    assert _scalar(demo, "SELECT COUNT(*) FROM learner") == before


@pytest.mark.slow
def test_the_large_demo_is_one_big_centre_year(store: Store) -> None:
    summary = generate_demo(store.engine, seed=1, size="large", today=TODAY)
    assert summary.learners == 3000
    assert 150 <= summary.classes <= 160
    assert 4000 <= summary.sessions <= 5000
    assert 105_000 <= summary.marks <= 135_000


#: Mobile prefixes in use: Viettel, Vinaphone, MobiFone.
MOBILE_PREFIXES = {
    *("086", "096", "097", "098", *(f"03{d}" for d in range(2, 10))),
    *("088", "091", "094", *(f"08{d}" for d in range(1, 6))),
    *("089", "090", "093", "070", *(f"07{d}" for d in range(6, 10))),
}


@pytest.mark.parametrize("seed", [1, 2, 7])
def test_phones_have_prefixes_that_exist_and_addresses_fit_the_commune(
    store: Store, seed: int
) -> None:
    generate_demo(store.engine, seed=seed, size="small", today=TODAY)
    with store.session() as session:
        commune, centre_phone = session.execute(
            text("SELECT commune_name, phone FROM centre")
        ).one()
        phones = [p for (p,) in session.execute(text("SELECT phone FROM learner")) if p]
        addresses = [a for (a,) in session.execute(text("SELECT address FROM learner")) if a]
    for phone in [centre_phone, *phones]:
        assert len(phone) == 10
        assert phone.isdigit()
        assert phone[:3] in MOBILE_PREFIXES, phone
    assert addresses
    if commune.startswith("Phường"):
        assert all("Tổ dân phố" in a for a in addresses), commune
    else:
        assert all(a.startswith(("Thôn ", "Xóm ")) for a in addresses), commune
