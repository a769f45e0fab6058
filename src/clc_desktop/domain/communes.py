"""Official communes and wards (GSO codes after the July 2025 reform).

From the ``vietnam-provinces`` package, which tracks the official list."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

HANOI_PROVINCE_CODE = 1
HANOI_PROVINCE_NAME = "Thành phố Hà Nội"


@dataclass(frozen=True, slots=True)
class Commune:
    code: str  # 5-digit GSO commune code, zero-padded
    name: str  # e.g. "Phường Hoàn Kiếm"
    province_code: str  # 2-digit GSO province code
    province_name: str


@cache
def hanoi_communes() -> tuple[Commune, ...]:
    """Hà Nội's 126 communes and wards, in the order of their official codes."""
    from vietnam_provinces import Province, ProvinceCode, Ward

    province = Province.from_code(ProvinceCode(HANOI_PROVINCE_CODE))
    wards = sorted(Ward.iter_by_province(ProvinceCode(HANOI_PROVINCE_CODE)), key=lambda w: w.code)
    return tuple(
        Commune(
            code=f"{int(ward.code):05d}",
            name=ward.name,
            province_code=f"{HANOI_PROVINCE_CODE:02d}",
            province_name=province.name,
        )
        for ward in wards
    )


def centre_name_for(commune_name: str) -> str:
    """The usual name of a commune's centre: ``Phường Hoàn Kiếm`` -> ``TTHTCĐ phường Hoàn Kiếm``."""
    kind, _, rest = commune_name.partition(" ")
    return f"TTHTCĐ {kind.lower()} {rest}".strip() if rest else f"TTHTCĐ {commune_name}"
