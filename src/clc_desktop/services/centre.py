"""The centre profile: created once on first run, edited in Settings."""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clc_desktop.domain.text import clean_name
from clc_desktop.storage.models import Centre

_PHONE = re.compile(r"^\+?[0-9][0-9 .-]{7,18}[0-9]$")
_COMMUNE_CODE = re.compile(r"^[0-9]{5}$")


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
    if profile.parent_unit_id and not re.fullmatch(r"[A-Za-z0-9._-]+", profile.parent_unit_id):
        problems["parent_unit_id"] = "centre.unit_id_format"
    return problems


def get_centre(session: Session) -> CentreProfile | None:
    row = session.scalars(select(Centre).order_by(Centre.id).limit(1)).first()
    if row is None:
        return None
    return CentreProfile(
        name=row.name,
        commune_code=row.commune_code,
        commune_name=row.commune_name,
        province_code=row.province_code,
        province_name=row.province_name,
        parent_unit_id=row.parent_unit_id,
        parent_unit_name=row.parent_unit_name,
        contact_person=row.contact_person,
        phone=row.phone,
        unit_id=row.unit_id,
    )


def save_centre(session: Session, profile: CentreProfile) -> CentreProfile:
    """Create the centre (with a new permanent UUID) or update its profile.

    The caller has checked :func:`profile_problems`; this raises ``ValueError`` if not.
    """
    if profile_problems(profile):
        raise ValueError(f"invalid centre profile: {profile_problems(profile)}")
    values = {
        k: (clean_name(v) or None) if isinstance(v, str) else v
        for k, v in asdict(profile).items()
        if k != "unit_id"
    }
    row = session.scalars(select(Centre).order_by(Centre.id).limit(1)).first()
    if row is None:
        row = Centre(unit_id=str(uuid.uuid4()), **values)
        session.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()
    result = get_centre(session)
    assert result is not None
    return result
