import { boolean, date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { customers } from '../customers'
import { jobs } from '../jobs'

export const bidStatuses = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const
export const bidStatus = pgEnum('bid_status', bidStatuses)

export const lineItemTypes = ['labor', 'material', 'other'] as const
export const lineItemType = pgEnum('line_item_type', lineItemTypes)

/** Money columns shared by bids and invoices: integer cents, computed on the server. */
export const documentTotals = () => ({
  subtotalCents: integer('subtotal_cents').notNull().default(0),
  discountCents: integer('discount_cents').notNull().default(0),
  /** Tax rate in basis points (6.35% = 635). */
  taxRateBps: integer('tax_rate_bps').notNull().default(0),
  taxCents: integer('tax_cents').notNull().default(0),
  totalCents: integer('total_cents').notNull().default(0),
})

/** Columns shared by bid and invoice line items. */
export const lineItemColumns = () => ({
  id: id(),
  companyId: companyId(),
  position: integer('position').notNull(),
  description: text('description').notNull(),
  quantity: numeric('quantity', { precision: 12, scale: 3 }).notNull(),
  unit: text('unit'),
  unitPriceCents: integer('unit_price_cents').notNull(),
  type: lineItemType('type').notNull().default('other'),
  totalCents: integer('total_cents').notNull(),
})

export const bids = pgTable(
  'bids',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    number: text('number').notNull(),
    title: text('title'),
    /** The work bid on, for a bid with no job yet; a linked job's trade and category win. */
    trade: text('trade'),
    jobCategory: text('job_category'),
    status: bidStatus('status').notNull().default('draft'),
    ...documentTotals(),
    validUntil: date('valid_until'),
    notes: text('notes'),
    createdByAi: boolean('created_by_ai').notNull().default(false),
    reviewedBy: userRef('reviewed_by'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The first time the bid was sent again after its first sending: a follow-up. */
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    /** Who decided in the client portal: typed-name signature, when, from where, on which content. */
    decidedBy: userRef('decided_by'),
    signedName: text('signed_name'),
    signedIp: text('signed_ip'),
    signedUserAgent: text('signed_user_agent'),
    signedContentHash: text('signed_content_hash'),
    createdBy: userRef('created_by'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('bids_company_number_key').on(t.companyId, t.number),
    index('bids_customer_idx').on(t.customerId),
  ],
)

export const bidLineItems = pgTable(
  'bid_line_items',
  {
    ...lineItemColumns(),
    bidId: uuid('bid_id')
      .notNull()
      .references(() => bids.id, { onDelete: 'cascade' }),
  },
  (t) => [index('bid_line_items_bid_idx').on(t.bidId)],
)
