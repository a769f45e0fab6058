"""The centre's profile: plain data and its checks (stored by ``services/centre.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clc_desktop.domain.text import clean_name

_PHONE = re.compile(r"^\+?[0-9][0-9 .-]{7,18}[0-9]$")
_COMMUNE_CODE = re.compile(r"^[0-9]{5}$")
_UNIT_ID = re.compile(r"[A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class CentreProfile:
    name: str
    commune_code: str | None = None
    commune_name: str | None = None
    province_code: str | None = None
    province_name: str | None = None
    parent_unit_id: str | None = None
    parent_unit_name: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    unit_id: str = ""  # filled in when the centre is created; never changed afterwards


def profile_problems(profile: CentreProfile) -> dict[str, str]:
    """Field name -> problem code (see :mod:`clc_desktop.domain.messages`), empty when valid."""
    problems: dict[str, str] = {}
    if not clean_name(profile.name):
        problems["name"] = "centre.name_required"
    if not (profile.commune_name and clean_name(profile.commune_name)):
        problems["commune_name"] = "centre.commune_required"
    if profile.commune_code and not _COMMUNE_CODE.match(profile.commune_code):
        problems["commune_code"] = "centre.commune_code_format"
    if profile.phone and not _PHONE.match(profile.phone.strip()):
        problems["phone"] = "centre.phone_format"
    if profile.parent_unit_id and not _UNIT_ID.fullmatch(profile.parent_unit_id):
        problems["parent_unit_id"] = "centre.unit_id_format"
    return problems
