"""newmedia: accounts and their articles, letters, back-office counts; findings.category 40 characters

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 18:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # SQLite ignores lengths; its batch copy would touch every finding
        op.alter_column('findings', 'category', type_=sa.String(length=40), existing_type=sa.String(length=20),
                        existing_nullable=False)
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('location', sa.String(length=2048), nullable=False),
    sa.Column('last_read_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['last_read_run_id'], ['crawl_runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_id', 'name')
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_site_id'), ['site_id'], unique=False)
    op.create_table('account_articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=2048), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('pub_date', sa.Date(), nullable=False),
    sa.Column('last_seen_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ),
    sa.ForeignKeyConstraint(['last_seen_run_id'], ['crawl_runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('account_id', 'key')
    )
    with op.batch_alter_table('account_articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_articles_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_articles_pub_date'), ['pub_date'], unique=False)
    op.create_table('letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('box', sa.String(length=200), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('received', sa.Date(), nullable=True),
    sa.Column('answered', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=40), nullable=True),
    sa.Column('answered_by', sa.String(length=200), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('last_seen_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.ForeignKeyConstraint(['last_seen_run_id'], ['crawl_runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_id', 'url')
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letters_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letters_received'), ['received'], unique=False)
    op.create_table('back_office_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=30), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('metric', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_id', 'period', 'unit', 'metric')
    )
    with op.batch_alter_table('back_office_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_back_office_counts_site_id'), ['site_id'], unique=False)


def downgrade() -> None:
    op.drop_table('back_office_counts')
    op.drop_table('letters')
    op.drop_table('account_articles')
    op.drop_table('accounts')
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column('findings', 'category', type_=sa.String(length=20), existing_type=sa.String(length=40),
                        existing_nullable=False)
