"""bulletin issues: the 期号 (第N期 within the year, 总第M期 overall) each issued bulletin took, per site and period

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 12:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bulletin_issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('period_key', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_id', 'period_key'),
    sa.UniqueConstraint('site_id', 'total'),
    sa.UniqueConstraint('site_id', 'year', 'number')
    )


def downgrade() -> None:
    op.drop_table('bulletin_issues')
