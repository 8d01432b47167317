import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { bids, documentTotals, lineItemColumns } from '../bids'
import { customers } from '../customers'
import { jobs } from '../jobs'

/** Stored states; `overdue` is derived from `due_date` when reading. */
export const invoiceStatuses = ['draft', 'sent', 'partial', 'paid', 'void'] as const
export const invoiceStatus = pgEnum('invoice_status', invoiceStatuses)

export const paymentMethods = ['cash', 'check', 'card', 'ach', 'other'] as const
export const paymentMethod = pgEnum('payment_method', paymentMethods)

export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    bidId: uuid('bid_id').references(() => bids.id, { onDelete: 'set null' }),
    number: text('number').notNull(),
    status: invoiceStatus('status').notNull().default('draft'),
    issueDate: date('issue_date'),
    dueDate: date('due_date'),
    ...documentTotals(),
    amountPaidCents: integer('amount_paid_cents').notNull().default(0),
    notes: text('notes'),
    createdByAi: boolean('created_by_ai').notNull().default(false),
    reviewedBy: userRef('reviewed_by'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    /** Set by the nightly housekeeping the day an unpaid invoice passes its due date. */
    overdueSince: date('overdue_since'),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    createdBy: userRef('created_by'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('invoices_company_number_key').on(t.companyId, t.number),
    index('invoices_customer_idx').on(t.customerId),
  ],
)

export const invoiceLineItems = pgTable(
  'invoice_line_items',
  {
    ...lineItemColumns(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
  },
  (t) => [index('invoice_line_items_invoice_idx').on(t.invoiceId)],
)

export const payments = pgTable(
  'payments',
  {
    id: id(),
    companyId: companyId(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    amountCents: integer('amount_cents').notNull(),
    method: paymentMethod('method').notNull(),
    paidOn: date('paid_on').notNull(),
    reference: text('reference'),
    notes: text('notes'),
    recordedBy: userRef('recorded_by'),
    ...timestamps(),
  },
  (t) => [index('payments_invoice_idx').on(t.invoiceId)],
)
