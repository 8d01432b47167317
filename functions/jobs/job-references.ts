import { and, eq, inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, customers, equipment, jobs, properties } from '../../db/schema'
import { ApiError, notFound } from '../lib/errors'

const invalid = (path: string, message: string) =>
  new ApiError('validation_failed', message, { details: [{ path, message }] })

/** A job the caller may see (RLS: a tech only reaches jobs assigned to them), or 404. */
export async function requireJob(tx: Tx, companyId: string, jobId: string) {
  const [job] = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
  if (!job) throw notFound('Job')
  return job
}

/** The customer a job is for; it must be one of the company's. */
export async function requireCustomer(tx: Tx, companyId: string, customerId: string) {
  const [customer] = await tx
    .select({ id: customers.id, name: customers.name, address: customers.address })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
  if (!customer) throw invalid('customerId', 'No customer with this id in your company. Create the customer first.')
  return customer
}

/** A property of that very customer. */
export async function requireProperty(tx: Tx, companyId: string, customerId: string, propertyId: string) {
  const [property] = await tx
    .select()
    .from(properties)
    .where(and(eq(properties.id, propertyId), eq(properties.customerId, customerId), eq(properties.companyId, companyId)))
  if (!property) throw invalid('propertyId', 'This property does not belong to the job’s customer.')
  return property
}

/** A piece of equipment of that very customer. */
export async function requireEquipment(tx: Tx, companyId: string, customerId: string, equipmentId: string) {
  const [unit] = await tx
    .select({ id: equipment.id })
    .from(equipment)
    .where(and(eq(equipment.id, equipmentId), eq(equipment.customerId, customerId), eq(equipment.companyId, companyId)))
  if (!unit) throw invalid('equipmentId', 'This equipment does not belong to the job’s customer.')
}

/** The one-line address of a property, for the job site. */
export const propertyAddress = (property: typeof properties.$inferSelect) =>
  [property.address, property.city, [property.state, property.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')

/** The user ids, each a member of the company; names every one that is not. */
export async function requireMembers(tx: Tx, companyId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return
  const found = await tx
    .select({ userId: companyMembers.userId })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), inArray(companyMembers.userId, [...userIds])))
  const known = new Set(found.map((m) => m.userId))
  const unknown = userIds.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new ApiError('validation_failed', 'Only members of your company can be assigned to a job.', {
      details: unknown.map((id) => ({ path: 'assignees', message: `${id} is not a member of your company.` })),
    })
  }
}

/** A schedule whose end, if any, comes after its start. */
export function assertSchedule(start: Date | null, end: Date | null) {
  if (end && !start) throw invalid('scheduledStart', 'Set a scheduled start before a scheduled end.')
  if (start && end && end <= start) throw invalid('scheduledEnd', 'The scheduled end must be after the start.')
}
