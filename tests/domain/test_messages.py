import re
import string

import pytest

from clc_desktop.domain.messages import LANGUAGES, MESSAGES, Problem, message


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_every_language_with_the_same_fields(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == set(LANGUAGES)
    assert all(texts[lang].strip() for lang in LANGUAGES)
    assert _fields(texts["vi"]) == _fields(texts["en"])


def test_problem_speaks_vietnamese_by_default() -> None:
    problem = Problem("store.in_use", path="x.db")
    assert "đang được mở" in problem.text()
    assert "already open" in problem.text("en")
    assert message("store.in_use", "xx", path="x.db") == problem.text("vi")


@pytest.mark.parametrize("code", ["learner.not_found", "import.class_not_found"])
def test_learner_messages_never_show_a_record_number(code: str) -> None:
    for language in LANGUAGES:
        assert "8" not in message(code, language, id=8)


#: One word per concept, and no district (abolished on 1 July 2025) in what a person reads.
WORDING_REFUSED = {
    "quận": "districts were abolished on 1 July 2025",
    "huyện": "districts were abolished on 1 July 2025",
    "tự do": "walk-ins are «vãng lai» everywhere",
    "tỉ lệ": "«Tỷ lệ» everywhere",
}


def wording_problems(text: str) -> list[str]:
    lowered = text.lower().replace("độc lập - tự do - hạnh phúc", "")
    return [why for word, why in WORDING_REFUSED.items() if re.search(rf"\b{word}\b", lowered)]


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_messages_use_one_word_per_concept_and_no_district(code: str) -> None:
    assert wording_problems(MESSAGES[code]["vi"]) == []


def test_the_intermediate_unit_level_is_not_called_a_district() -> None:
    from clc_desktop.domain.codes import UNIT_LEVELS, unit_level_label

    assert "district" in UNIT_LEVELS  # the code of the exchange format stays
    labels = [unit_level_label(level, "vi") for level in UNIT_LEVELS]
    assert len(set(labels)) == len(labels)
    assert all(wording_problems(label) == [] for label in labels)


def test_periods_read_in_words_in_messages_and_stay_codes_where_a_code_is_meant() -> None:
    said = message("import.new", "vi", unit="TTHTCĐ Khương Đình", period="2026-11")
    assert "kỳ tháng 11 năm 2026" in said
    assert "2026-11" not in said
    assert "Q4 2026" in message("import.new", "en", unit="X", period="2026-Q4")
    # a period as typed or as written in a file is quoted as it is
    assert "«2026-13»" in message("report.bad_period", "vi", period="2026-13")
    assert "«2026-11»" in message("meta.period_dates", "vi", start="a", end="b", period="2026-11")
