"""incremental crawl: the site's page map (validators, digest, schedule state, frontier) and removed posts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 12:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('request_url', sa.String(length=2048), nullable=False),
    sa.Column('callback', sa.String(length=60), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=True),
    sa.Column('found_by', sa.String(length=2048), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=True),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('etag', sa.String(length=200), nullable=True),
    sa.Column('last_modified', sa.String(length=100), nullable=True),
    sa.Column('digest', sa.String(length=40), nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.Column('first_run_id', sa.Integer(), nullable=False),
    sa.Column('queued_run_id', sa.Integer(), nullable=False),
    sa.Column('done_run_id', sa.Integer(), nullable=True),
    sa.Column('changed_run_id', sa.Integer(), nullable=True),
    sa.Column('removed_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], ),
    sa.ForeignKeyConstraint(['first_run_id'], ['crawl_runs.id'], ),
    sa.ForeignKeyConstraint(['queued_run_id'], ['crawl_runs.id'], ),
    sa.ForeignKeyConstraint(['done_run_id'], ['crawl_runs.id'], ),
    sa.ForeignKeyConstraint(['changed_run_id'], ['crawl_runs.id'], ),
    sa.ForeignKeyConstraint(['removed_run_id'], ['crawl_runs.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_id', 'url')
    )
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pages_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pages_queued_run_id'), ['queued_run_id'], unique=False)
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed_run_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_posts_removed_run_id', 'crawl_runs', ['removed_run_id'], ['id'])
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mode', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_column('mode')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_constraint('fk_posts_removed_run_id', type_='foreignkey')
        batch_op.drop_column('removed_run_id')
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pages_queued_run_id'))
        batch_op.drop_index(batch_op.f('ix_pages_site_id'))
    op.drop_table('pages')
