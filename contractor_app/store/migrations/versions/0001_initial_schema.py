"""Initial schema: clients, engagements and pay terms, work entries, the timer, invoices, payments and
allocations, data records, evidence, incidents, settings and the audit chain.

Times are integer UTC seconds, money and quantities are decimal text (see store/types.py).

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.Integer(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('entity', sa.Text(), nullable=False),
    sa.Column('entity_id', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.Text(), nullable=False),
    sa.Column('hash', sa.Text(), nullable=False),
    sa.CheckConstraint("action IN ('create', 'update', 'delete')", name=op.f('ck_audit_events_action')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_entity', ['entity', 'entity_id', 'seq'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('legal_name', sa.Text(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('contact', sa.Text(), nullable=True),
    sa.Column('worker_ref', sa.Text(), nullable=True),
    sa.Column('classification', sa.Text(), nullable=False),
    sa.Column('jurisdiction', sa.Text(), nullable=True),
    sa.Column('currency', sa.Text(), nullable=False),
    sa.Column('payment_terms_days', sa.Integer(), nullable=True),
    sa.Column('workweek_start', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Integer(), nullable=False),
    sa.CheckConstraint("classification IN ('contractor', 'employee')", name=op.f('ck_clients_classification')),
    sa.CheckConstraint('workweek_start BETWEEN 0 AND 6', name=op.f('ck_clients_workweek_start')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('name', name=op.f('uq_clients_name'))
    )
    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('media_type', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_sha256'), ['sha256'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('data_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.Text(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('whose_data', sa.Text(), nullable=True),
    sa.Column('sensitivity', sa.Text(), nullable=True),
    sa.Column('monitoring_type', sa.Text(), nullable=True),
    sa.Column('tool', sa.Text(), nullable=True),
    sa.Column('consent', sa.Text(), nullable=True),
    sa.Column('retention_told', sa.Text(), nullable=True),
    sa.Column('started_on', sa.Text(), nullable=True),
    sa.Column('ended_on', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.Integer(), nullable=False),
    sa.CheckConstraint("direction IN ('handled', 'collected')", name=op.f('ck_data_records_direction')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_data_records_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_records'))
    )
    with op.batch_alter_table('data_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_records_client_id'), ['client_id'], unique=False)

    op.create_table('engagements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_engagements_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engagements')),
    sa.UniqueConstraint('client_id', 'name', name=op.f('uq_engagements_client_id'))
    )
    with op.batch_alter_table('engagements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_engagements_client_id'), ['client_id'], unique=False)

    op.create_table('evidence_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.Text(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_evidence_links_evidence_id_evidence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_links'))
    )
    with op.batch_alter_table('evidence_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_links_evidence_id'), ['evidence_id'], unique=False)

    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('company', sa.Text(), nullable=False),
    sa.Column('notice_on', sa.Text(), nullable=True),
    sa.Column('started_on', sa.Text(), nullable=True),
    sa.Column('ended_on', sa.Text(), nullable=True),
    sa.Column('data_involved', sa.Text(), nullable=True),
    sa.Column('steps_taken', sa.Text(), nullable=True),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('breach', 'dispute')", name=op.f('ck_incidents_kind')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_incidents_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_client_id'), ['client_id'], unique=False)

    op.create_table('invoices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Text(), nullable=True),
    sa.Column('issued_on', sa.Text(), nullable=False),
    sa.Column('period_from', sa.Text(), nullable=True),
    sa.Column('period_to', sa.Text(), nullable=True),
    sa.Column('amount', sa.Text(), nullable=False),
    sa.Column('currency', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_invoices_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices'))
    )
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoices_client_id'), ['client_id'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Text(), nullable=False),
    sa.Column('gross', sa.Text(), nullable=False),
    sa.Column('fees', sa.Text(), nullable=False),
    sa.Column('deductions', sa.Text(), nullable=False),
    sa.Column('net', sa.Text(), nullable=False),
    sa.Column('currency', sa.Text(), nullable=False),
    sa.Column('method', sa.Text(), nullable=True),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('period_from', sa.Text(), nullable=True),
    sa.Column('period_to', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_payments_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_client_id'), ['client_id'], unique=False)

    op.create_table('pay_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('rate', sa.Text(), nullable=False),
    sa.Column('currency', sa.Text(), nullable=False),
    sa.Column('unit_name', sa.Text(), nullable=True),
    sa.Column('unpaid_categories', sa.JSON(), nullable=False),
    sa.Column('platform_fee_percent', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('hourly', 'per_unit', 'fixed')", name=op.f('ck_pay_terms_kind')),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagements.id'], name=op.f('fk_pay_terms_engagement_id_engagements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_terms')),
    sa.UniqueConstraint('engagement_id', 'effective_from', name=op.f('uq_pay_terms_engagement_id'))
    )
    with op.batch_alter_table('pay_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pay_terms_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('running_timer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('started_at', sa.Integer(), nullable=False),
    sa.Column('tz', sa.Text(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_running_timer_single')),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagements.id'], name=op.f('fk_running_timer_engagement_id_engagements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_running_timer'))
    )
    op.create_table('work_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('engagement_id', sa.Integer(), nullable=False),
    sa.Column('start_at', sa.Integer(), nullable=False),
    sa.Column('end_at', sa.Integer(), nullable=False),
    sa.Column('tz', sa.Text(), nullable=False),
    sa.Column('break_seconds', sa.Integer(), nullable=False),
    sa.Column('category', sa.Text(), nullable=False),
    sa.Column('units', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('source_ref', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=True),
    sa.CheckConstraint('break_seconds >= 0 AND break_seconds < end_at - start_at', name=op.f('ck_work_entries_break_within')),
    sa.CheckConstraint('end_at > start_at', name=op.f('ck_work_entries_end_after_start')),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagements.id'], name=op.f('fk_work_entries_engagement_id_engagements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_entries'))
    )
    with op.batch_alter_table('work_entries', schema=None) as batch_op:
        batch_op.create_index('ix_work_entries_engagement_start', ['engagement_id', 'start_at'], unique=False)
        batch_op.create_index('ix_work_entries_start_at', ['start_at'], unique=False)
    # The longest entry bounds the overlap search (see services/entries/); autogenerate cannot see this index.
    op.execute('CREATE INDEX ix_work_entries_span ON work_entries ((end_at - start_at))')

    op.create_table('payment_allocations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('work_entry_id', sa.Integer(), nullable=True),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Text(), nullable=False),
    sa.CheckConstraint('(work_entry_id IS NULL) <> (invoice_id IS NULL)', name=op.f('ck_payment_allocations_one_target')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_payment_allocations_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_payment_allocations_payment_id_payments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_entry_id'], ['work_entries.id'], name=op.f('fk_payment_allocations_work_entry_id_work_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_allocations'))
    )
    with op.batch_alter_table('payment_allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_allocations_invoice_id'), ['invoice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_allocations_payment_id'), ['payment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_allocations_work_entry_id'), ['work_entry_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payment_allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_allocations_work_entry_id'))
        batch_op.drop_index(batch_op.f('ix_payment_allocations_payment_id'))
        batch_op.drop_index(batch_op.f('ix_payment_allocations_invoice_id'))

    op.drop_table('payment_allocations')
    op.execute('DROP INDEX ix_work_entries_span')
    with op.batch_alter_table('work_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_work_entries_start_at')
        batch_op.drop_index('ix_work_entries_engagement_start')

    op.drop_table('work_entries')
    op.drop_table('running_timer')
    with op.batch_alter_table('pay_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pay_terms_engagement_id'))

    op.drop_table('pay_terms')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_client_id'))

    op.drop_table('payments')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoices_client_id'))

    op.drop_table('invoices')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_client_id'))

    op.drop_table('incidents')
    with op.batch_alter_table('evidence_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_links_evidence_id'))

    op.drop_table('evidence_links')
    with op.batch_alter_table('engagements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_engagements_client_id'))

    op.drop_table('engagements')
    with op.batch_alter_table('data_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_records_client_id'))

    op.drop_table('data_records')
    op.drop_table('settings')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_sha256'))

    op.drop_table('evidence')
    op.drop_table('clients')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity')

    op.drop_table('audit_events')
