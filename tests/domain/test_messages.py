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
