"""``--help`` and argparse's own sentences speak the user's language, Vietnamese by default."""

from __future__ import annotations

import argparse
import gettext
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clc_desktop.__main__ import main
from clc_desktop.cli import COMMANDS
from clc_desktop.cli.language import (
    ARGPARSE_CODES,
    ARGPARSE_PLURAL_CODES,
    requested_language,
    window_settings_file,
)
from clc_desktop.domain.messages import MESSAGES

ENGLISH_HEADINGS = ("usage:", "options:", "show this help")
VIETNAMESE_HEADINGS = ("cách dùng:", "tùy chọn:", "in trợ giúp này")
NAMES = [command.NAME for command in COMMANDS]


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    assert exited.value.code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def _is_vietnamese(text: str) -> bool:
    english = (*ENGLISH_HEADINGS, "positional arguments")
    return all(word in text for word in VIETNAMESE_HEADINGS) and not any(
        word in text for word in english
    )


def _is_english(text: str) -> bool:
    vietnamese = (*VIETNAMESE_HEADINGS, "tham số theo vị trí")
    return all(word in text for word in ENGLISH_HEADINGS) and not any(
        word in text for word in vietnamese
    )


def test_the_program_help_is_vietnamese_by_default() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clc_desktop", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert _is_vietnamese(result.stdout), result.stdout
    assert "tham số theo vị trí:\n  LỆNH" in result.stdout
    assert "tạo một trung tâm mẫu trong một tệp dữ liệu mới" in result.stdout
    assert "create a demo centre" not in result.stdout


def test_the_program_help_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "--lang", "en", "--help")
    assert _is_english(out), out
    assert "create a demo centre in a new database" in out
    assert "positional arguments:\n  COMMAND" in out


@pytest.mark.parametrize("name", NAMES)
def test_each_command_has_help_in_both_languages(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    vietnamese = _help(capsys, name, "--help")
    assert _is_vietnamese(vietnamese), vietnamese
    assert f"clc-desktop {name}" in vietnamese
    english = _help(capsys, name, "--lang", "en", "--help")
    assert _is_english(english), english
    assert english != vietnamese


def test_usage_errors_speak_the_language_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["backup", "--db"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "cách dùng: clc-desktop backup" in err
    assert "clc-desktop backup: lỗi: tham số --db: cần một giá trị" in err
    with pytest.raises(SystemExit) as exited:
        main(["--lang=en", "demo"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage: clc-desktop demo" in err
    assert "error: the following arguments are required: --db" in err
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert "lựa chọn không hợp lệ: 'no-such-command'" in capsys.readouterr().err


def test_argparse_is_itself_again_after_parsing(capsys: pytest.CaptureFixture[str]) -> None:
    _help(capsys, "--help")
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext
    assert "usage:" in argparse.ArgumentParser(prog="x").format_help()


def test_the_english_of_argparse_sentences_is_argparse_own() -> None:
    """Each code is looked up by argparse's msgid: a renamed msgid would stay English."""
    source = inspect.getsource(argparse)
    for msgid, code in ARGPARSE_CODES.items():
        assert MESSAGES[code]["en"] == msgid
        assert repr(msgid)[1:-1] in source, msgid
    for singular, code in ARGPARSE_PLURAL_CODES.items():
        assert MESSAGES[f"{code}.one"]["en"] == singular
        assert singular in source
    assert MESSAGES["cli.argparse.expected_n"]["en"] == "expected %s arguments"


def test_the_language_comes_from_the_flag_then_the_environment_then_the_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = window_settings_file()
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\ngeometry=@Variant(\\0\\0)\nlanguage=en\n", encoding="utf-8")
    assert _is_english(_help(capsys, "--help"))
    assert _is_vietnamese(_help(capsys, "--lang", "vi", "--help"))
    monkeypatch.setenv("CLC_DESKTOP_LANG", "vi")
    assert _is_vietnamese(_help(capsys, "check", "--help"))
    assert _is_english(_help(capsys, "check", "--lang", "en", "--help"))
    monkeypatch.setenv("CLC_DESKTOP_LANG", "fr")  # not a language here: the window's is used
    assert _is_english(_help(capsys, "--help"))
    settings.write_bytes(b"\xff\xfe not an ini file")
    assert _is_vietnamese(_help(capsys, "--help"))


def test_the_requested_language_is_the_last_flag_before_a_double_dash() -> None:
    assert requested_language(["--lang", "en", "check", "--lang", "vi"]) == "vi"
    assert requested_language(["check", "--lang=en", "a.xlsx"]) == "en"
    assert requested_language(["check", "--", "--lang", "en"]) is None
    assert requested_language(["check", "--lang"]) is None


def test_the_settings_file_is_the_one_the_window_writes(tmp_path: Path) -> None:
    """Qt's QSettings (as app.make_settings opens it) and our reader agree on the file."""
    code = (
        "from clc_desktop.app import make_settings\n"
        "from clc_desktop.cli.language import saved_language, window_settings_file\n"
        "settings = make_settings()\n"
        "settings.setValue('language', 'en')\n"
        "settings.setValue('reports/folder', '/tmp/a=b;c %d')\n"
        "settings.sync()\n"
        "print(settings.fileName())\n"
        "print(window_settings_file())\n"
        "print(saved_language())\n"
    )
    config = tmp_path / "qt-config"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(config),
            "APPDATA": str(config),
        },
    )
    assert result.returncode == 0, result.stderr
    qt_file, our_file, language = result.stdout.splitlines()
    assert Path(qt_file) == Path(our_file)
    assert Path(our_file).is_relative_to(config)
    assert language == "en"
