"""rectification: when a finding was notified and its deadline; alert emails sent and the findings they named

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 09:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notified_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('deadline', sa.Date(), nullable=True))

    op.create_table('alert_sends',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('unit_name', sa.String(length=200), nullable=False),
    sa.Column('recipient', sa.String(length=500), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('message_id', sa.String(length=500), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('error', sa.String(length=1000), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('alert_sends', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_sends_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_sends_unit_id'), ['unit_id'], unique=False)

    op.create_table('alert_findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('send_id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['send_id'], ['alert_sends.id'], ),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('send_id', 'finding_id')
    )
    with op.batch_alter_table('alert_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_findings_finding_id'), ['finding_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('alert_findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_findings_finding_id'))
    op.drop_table('alert_findings')
    with op.batch_alter_table('alert_sends', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_sends_unit_id'))
        batch_op.drop_index(batch_op.f('ix_alert_sends_site_id'))
    op.drop_table('alert_sends')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_column('deadline')
        batch_op.drop_column('notified_at')
