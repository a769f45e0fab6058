"""coordinator tables

Revision ID: c0001
Revises:
Create Date: 2026-11-23 18:10:39.170423
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "imported_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("unit_code", sa.String(length=20), nullable=True),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("replaces", sa.String(length=400), nullable=True),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("recomputed_sha256", sa.String(length=64), nullable=False),
        sa.Column("generated_at", sa.String(length=40), nullable=False),
        sa.Column("generated_at_utc", sa.DateTime(), nullable=False),
        sa.Column("meta_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("findings_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_report")),
        sa.UniqueConstraint(
            "unit_id", "period", "recomputed_sha256", name="uq_imported_report_version"
        ),
    )
    with op.batch_alter_table("imported_report", schema=None) as batch_op:
        batch_op.create_index("ix_imported_report_identity", ["unit_id", "period"], unique=False)

    op.create_table(
        "report_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('received', 'checked', 'accepted')", name=op.f("ck_report_status_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_status")),
        sa.UniqueConstraint("unit_id", "period", name="uq_report_status_identity"),
    )
    op.create_table(
        "status_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("previous", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_event")),
    )
    with op.batch_alter_table("status_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_event_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("unit_code", sa.String(length=20), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("replaces", sa.String(length=400), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("unit_id", name=op.f("uq_unit_unit_id")),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "report_source",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("unit_code", sa.String(length=20), nullable=False),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("generated_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["imported_report.id"],
            name=op.f("fk_report_source_report_id_imported_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", "unit_id", name=op.f("pk_report_source")),
    )
    with op.batch_alter_table("report_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_source_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "report_value",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("sex", sa.String(length=20), nullable=False),
        sa.Column("age_band", sa.String(length=20), nullable=False),
        sa.Column("group_code", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_report_value_non_negative")),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["imported_report.id"],
            name=op.f("fk_report_value_report_id_imported_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "report_id",
            "indicator",
            "topic",
            "sex",
            "age_band",
            "group_code",
            name=op.f("pk_report_value"),
        ),
    )


def downgrade() -> None:

    op.drop_table("report_value")
    with op.batch_alter_table("report_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_source_unit_id"))

    op.drop_table("report_source")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_parent_id"))

    op.drop_table("unit")
    with op.batch_alter_table("status_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_event_unit_id"))

    op.drop_table("status_event")
    op.drop_table("report_status")
    with op.batch_alter_table("imported_report", schema=None) as batch_op:
        batch_op.drop_index("ix_imported_report_identity")

    op.drop_table("imported_report")
