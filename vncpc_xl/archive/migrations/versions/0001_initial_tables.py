"""Initial tables: the archived years and their records (sources, staff, courses, assessments, options, KPIs, factors).

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "years",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("centre_name", sa.Text(), nullable=False),
        sa.Column("director", sa.Text(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_digest", sa.String(length=64), nullable=False),
        sa.Column("grid_factor_year", sa.Integer(), nullable=True),
        sa.Column("prior_awareness_participants", sa.Integer(), nullable=False),
        sa.Column("prior_certified_trainees", sa.Integer(), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=False),
        sa.Column("staff_months", sa.Float(), nullable=False),
        sa.Column("companies", sa.Integer(), nullable=False),
        sa.Column("programmes", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.Column("implemented_options", sa.Integer(), nullable=False),
        sa.Column("options_of_completed", sa.Integer(), nullable=False),
        sa.Column("implemented_investment_usd", sa.Float(), nullable=False),
        sa.Column("implemented_savings_usd", sa.Float(), nullable=False),
        sa.Column("implemented_co2_t", sa.Float(), nullable=False),
        sa.Column("implemented_so2_t", sa.Float(), nullable=False),
        sa.Column("implemented_dust_t", sa.Float(), nullable=False),
        sa.Column("courses_held", sa.Integer(), nullable=False),
        sa.Column("course_person_days", sa.Float(), nullable=False),
        sa.Column("seminars_held", sa.Integer(), nullable=False),
        sa.Column("seminar_person_days", sa.Float(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("awareness_participants", sa.Integer(), nullable=False),
        sa.Column("certified", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_years")),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("company", sa.Text(), nullable=False),
        sa.Column("sector", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=False),
        sa.Column("programme", sa.Text(), nullable=False),
        sa.Column("approach", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=8), nullable=False),
        sa.Column("exchange_rate", sa.Float(), nullable=True),
        sa.Column("options", sa.Integer(), nullable=False),
        sa.Column("implemented", sa.Integer(), nullable=False),
        sa.Column("investment_usd", sa.Float(), nullable=False),
        sa.Column("savings_usd", sa.Float(), nullable=False),
        sa.Column("co2_t", sa.Float(), nullable=False),
        sa.Column("so2_t", sa.Float(), nullable=False),
        sa.Column("dust_t", sa.Float(), nullable=False),
        sa.Column("payback_months", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_assessments_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessments_year"), ["year"], unique=False)

    op.create_table(
        "courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("is_seminar", sa.Boolean(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("days", sa.Float(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("client", sa.Text(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("person_days", sa.Float(), nullable=False),
        sa.Column("field_visit_person_days", sa.Float(), nullable=False),
        sa.Column("certified", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_courses_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
    )
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_courses_year"), ["year"], unique=False)

    op.create_table(
        "factors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("resource", sa.Text(), nullable=False),
        sa.Column("pollutant", sa.String(length=8), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_vi", sa.Text(), nullable=False),
        sa.Column("year_used", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_factors_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factors")),
    )
    with op.batch_alter_table("factors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_factors_year"), ["year"], unique=False)

    op.create_table(
        "kpis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("area", sa.Text(), nullable=False),
        sa.Column("aspect", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("denominator", sa.Text(), nullable=False),
        sa.Column("frequency", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target_reduction_pct", sa.Float(), nullable=True),
        sa.Column("result", sa.Float(), nullable=True),
        sa.Column("numerator", sa.Float(), nullable=False),
        sa.Column("denominator_total", sa.Float(), nullable=True),
        sa.Column("change_pct", sa.Float(), nullable=True),
        sa.Column("target_met", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_kpis_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpis")),
    )
    with op.batch_alter_table("kpis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpis_year"), ["year"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_sources_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_year"), ["year"], unique=False)

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("degree", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("employment", sa.Text(), nullable=False),
        sa.Column("staff_months", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_staff_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_year"), ["year"], unique=False)

    op.create_table(
        "options",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("implemented", sa.Boolean(), nullable=False),
        sa.Column("qty_electricity", sa.Float(), nullable=False),
        sa.Column("qty_coal", sa.Float(), nullable=False),
        sa.Column("qty_fuel_oil", sa.Float(), nullable=False),
        sa.Column("qty_diesel", sa.Float(), nullable=False),
        sa.Column("qty_lpg", sa.Float(), nullable=False),
        sa.Column("qty_water", sa.Float(), nullable=False),
        sa.Column("qty_materials", sa.Float(), nullable=False),
        sa.Column("investment", sa.Float(), nullable=False),
        sa.Column("savings", sa.Float(), nullable=False),
        sa.Column("investment_usd", sa.Float(), nullable=False),
        sa.Column("savings_usd", sa.Float(), nullable=False),
        sa.Column("co2_t", sa.Float(), nullable=False),
        sa.Column("so2_t", sa.Float(), nullable=False),
        sa.Column("dust_t", sa.Float(), nullable=False),
        sa.Column("payback_months", sa.Float(), nullable=True),
        sa.Column("npv", sa.Float(), nullable=False),
        sa.Column("irr_pct", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_options_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["year"], ["years.year"], name=op.f("fk_options_year_years"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_options")),
    )
    with op.batch_alter_table("options", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_options_year"), ["year"], unique=False)
        batch_op.create_index("ix_options_year_assessment", ["year", "assessment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("options", schema=None) as batch_op:
        batch_op.drop_index("ix_options_year_assessment")
        batch_op.drop_index(batch_op.f("ix_options_year"))

    op.drop_table("options")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_year"))

    op.drop_table("staff")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_year"))

    op.drop_table("sources")
    with op.batch_alter_table("kpis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpis_year"))

    op.drop_table("kpis")
    with op.batch_alter_table("factors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_factors_year"))

    op.drop_table("factors")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_courses_year"))

    op.drop_table("courses")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_year"))

    op.drop_table("assessments")
    op.drop_table("years")
