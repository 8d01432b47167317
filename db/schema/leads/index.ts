import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { customers } from '../customers'

export const leadStages = ['new', 'contacted', 'qualified', 'bid_sent', 'won', 'lost'] as const
export const leadStage = pgEnum('lead_stage', leadStages)

export const leads = pgTable(
  'leads',
  {
    id: id(),
    companyId: companyId(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    source: text('source'),
    stage: leadStage('stage').notNull().default('new'),
    trade: text('trade'),
    estimatedValueCents: integer('estimated_value_cents'),
    notes: text('notes'),
    lostReason: text('lost_reason'),
    assignedTo: userRef('assigned_to'),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('leads_company_stage_idx').on(t.companyId, t.stage)],
)
