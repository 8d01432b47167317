import { eq, inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies } from '../../db/schema'
import { PortalCompany } from './schemas'

type Row = Pick<typeof companies.$inferSelect, 'id' | 'name' | 'phone' | 'email' | 'address' | 'logoFileId' | 'trades'>

/** The company columns a PortalCompany is made from, for selects that join companies. */
export const portalCompanyColumns = {
  id: companies.id,
  name: companies.name,
  phone: companies.phone,
  email: companies.email,
  address: companies.address,
  logoFileId: companies.logoFileId,
  trades: companies.trades,
}

/** A contractor as their customers see them: name, contact, logo (served by the portal) and trades. */
export const toPortalCompany = (row: Row): PortalCompany =>
  PortalCompany.parse({ ...row, logoUrl: row.logoFileId ? `/api/v1/portal/companies/${row.id}/logo` : null })

/** The contractors with these ids the caller may read (the portal_companies policy), by id. */
export async function loadPortalCompanies(tx: Tx, ids: string[]): Promise<Map<string, PortalCompany>> {
  if (!ids.length) return new Map()
  const rows = await tx.select(portalCompanyColumns).from(companies).where(inArray(companies.id, [...new Set(ids)]))
  return new Map(rows.map((row) => [row.id, toPortalCompany(row)]))
}

/** One contractor as the portal shows it; the caller has already read a record of theirs. */
export async function loadPortalCompany(tx: Tx, id: string): Promise<PortalCompany> {
  const [row] = await tx.select(portalCompanyColumns).from(companies).where(eq(companies.id, id))
  if (!row) throw new Error(`company ${id} is not readable by this homeowner`)
  return toPortalCompany(row)
}
