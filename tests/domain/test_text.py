import unicodedata

import pytest

from clc_desktop.domain.text import clean_name, collation_key, fold, name_sort_key


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("ĐẶNG THỊ HƯƠNG", "dang thi huong"),
        ("  Lê   Ánh  ", "le anh"),
        (unicodedata.normalize("NFD", "Trần Thị Thủy"), "tran thi thuy"),
    ],
)
def test_fold_is_accent_and_case_insensitive(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_clean_name_is_nfc_with_single_spaces() -> None:
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị\tHoa ")
    cleaned = clean_name(nfd)
    assert cleaned == "Nguyễn Thị Hoa"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_vietnamese_letter_order() -> None:
    words = ["đa", "da", "ân", "ăn", "an", "ba", "ơ", "ô", "o", "ư", "u"]
    assert sorted(words, key=collation_key) == [
        "an",
        "ăn",
        "ân",
        "ba",
        "da",
        "đa",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
    ]


def test_tones_break_ties_in_dictionary_order() -> None:
    words = ["mạ", "má", "mã", "mả", "mà", "ma"]
    assert sorted(words, key=collation_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_names_sort_by_given_name_then_family_name() -> None:
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Ánh", "Phạm Thị Ánh"]
    assert sorted(names, key=name_sort_key) == [
        "Lê Văn An",
        "Nguyễn Thị An",
        "Đỗ Ánh",
        "Phạm Thị Ánh",
        "Trần Văn Bình",
    ]


@pytest.mark.parametrize(
    "hidden",
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\ufeff",
        "\u2060",
        "\u00ad",
        "\u200e",
        "\u200f",
        *(chr(c) for c in range(0x202A, 0x202F)),
        *(chr(c) for c in range(0x2066, 0x206A)),
    ],
)
def test_invisible_characters_are_removed_from_names_and_search_keys(hidden: str) -> None:
    pasted = f"{hidden}Nguy{hidden}ễn Văn{hidden} Đức{hidden}"
    assert clean_name(pasted) == "Nguyễn Văn Đức"
    assert fold(pasted) == "nguyen van duc"


def test_clean_name_keeps_nfc_after_removing_invisibles() -> None:
    nfd = unicodedata.normalize("NFD", "Hương")
    assert clean_name("\u200b" + nfd) == unicodedata.normalize("NFC", "Hương")
