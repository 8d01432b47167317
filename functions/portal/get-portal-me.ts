import { asc, eq, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies, customers } from '../../db/schema'
import { portalCompanyColumns, toPortalCompany } from './portal-company'
import { PortalMe } from './schemas'

type Options = { tx: Tx; userId: string; email: string | null }

/**
 * The signed-in homeowner and their relationships: one per customer record linked to them,
 * each with its contractor. Empty until they join through an invitation: by opening its link,
 * or by signing in with an email link to the invited address, which proves the same mailbox
 * (pending invitations to it are claimed here, audited as such).
 */
export async function getPortalMe({ tx, userId, email }: Options): Promise<PortalMe> {
  await tx.execute(sql`select public.claim_portal_invitations_by_email_link()`)
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
