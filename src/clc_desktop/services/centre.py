"""The centre profile: created once on first run, edited in Settings."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from clc_desktop.domain.centre import CentreProfile, profile_problems
from clc_desktop.domain.text import clean_name
from clc_desktop.storage.models import Centre


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

    The caller has checked :func:`~clc_desktop.domain.centre.profile_problems`; this raises
    ``ValueError`` if not.
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
