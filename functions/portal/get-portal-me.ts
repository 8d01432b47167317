import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies, customers } from '../../db/schema'
import { portalCompanyColumns, toPortalCompany } from './portal-company'
import { PortalMe } from './schemas'

type Options = { tx: Tx; userId: string; email: string | null }

/**
 * The signed-in homeowner and their relationships: one per customer record linked to them,
 * each with its contractor. Empty until they join through an invitation.
 */
export async function getPortalMe({ tx, userId, email }: Options): Promise<PortalMe> {
  const rows = await tx
    .select({
      customerId: customers.id,
      customerName: customers.name,
      company: portalCompanyColumns,
    })
    .from(customers)
    .innerJoin(companies, eq(companies.id, customers.companyId))
    .where(eq(customers.portalUserId, userId))
    .orderBy(asc(companies.name), asc(customers.id))
  return PortalMe.parse({
    email,
    relationships: rows.map((row) => ({ customerId: row.customerId, customerName: row.customerName, company: toPortalCompany(row.company) })),
  })
}
