import { type AnyPgColumn, boolean, index, integer, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { authUsers } from '../auth'
import { customers, equipment, properties } from '../customers'

export const jobStatuses = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const
export const jobStatus = pgEnum('job_status', jobStatuses)

export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    propertyId: uuid('property_id').references(() => properties.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    trade: text('trade').notNull(),
    /** A normalised kind of work (`panel_upgrade`, `water_heater`), the key of Layer 5 patterns. */
    jobCategory: text('job_category'),
    status: jobStatus('status').notNull().default('scheduled'),
    address: text('address'),
    /** State or zip prefix, used to group anonymous patterns by region. */
    region: text('region'),
    scheduledStart: timestamp('scheduled_start', { withTimezone: true }),
    scheduledEnd: timestamp('scheduled_end', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    estimatedHours: numeric('estimated_hours', { precision: 8, scale: 2 }),
    actualHours: numeric('actual_hours', { precision: 8, scale: 2 }),
    /** The unit a service or repair job was about (its service history, failure patterns). */
    equipmentId: uuid('equipment_id').references((): AnyPgColumn => equipment.id, { onDelete: 'set null' }),
    /** What had failed, as a short normalised phrase (`flow sensor`, `capacitor`). */
    failureMode: text('failure_mode'),
    createdBy: userRef('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('jobs_company_status_idx').on(t.companyId, t.status),
    index('jobs_customer_idx').on(t.customerId),
  ],
)

/** Techs assigned to a job. */
export const jobAssignments = pgTable(
  'job_assignments',
  {
    companyId: companyId(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.userId] })],
)

export const jobNotes = pgTable('job_notes', {
  id: id(),
  companyId: companyId(),
  jobId: uuid('job_id')
    .notNull()
    .references(() => jobs.id, { onDelete: 'cascade' }),
  authorId: userRef('author_id'),
  body: text('body').notNull(),
  /** Internal notes never reach the homeowner portal. */
  internal: boolean('internal').notNull().default(true),
  createdAt: createdAt(),
})

export const jobMaterials = pgTable('job_materials', {
  id: id(),
  companyId: companyId(),
  jobId: uuid('job_id')
    .notNull()
    .references(() => jobs.id, { onDelete: 'cascade' }),
  description: text('description').notNull(),
  quantity: numeric('quantity', { precision: 12, scale: 3 }).notNull(),
  unit: text('unit'),
  unitCostCents: integer('unit_cost_cents').notNull(),
  brand: text('brand'),
  ...timestamps(),
})
