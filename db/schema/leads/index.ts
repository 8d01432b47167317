import { sql } from 'drizzle-orm'
import { check, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { customers, equipment, properties } from '../customers'

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
    /** A homeowner's service request from the client portal: what kind, about which home or unit. */
    requestType: text('request_type'),
    /** The homeowner's own words, kept apart from the contractor's notes (which they never see). */
    requestDescription: text('request_description'),
    propertyId: uuid('property_id').references(() => properties.id, { onDelete: 'set null' }),
    equipmentId: uuid('equipment_id').references(() => equipment.id, { onDelete: 'set null' }),
    requestedBy: userRef('requested_by'),
    ...timestamps(),
  },
  (t) => [
    index('leads_company_stage_idx').on(t.companyId, t.stage),
    check('leads_request_type_check', sql`${t.requestType} in ('problem', 'schedule_service', 'equipment_question')`),
  ],
)
