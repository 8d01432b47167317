import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies, files } from '../../db/schema'
import { notFound } from '../lib/errors'
import type { Storage } from '../lib/storage'
import type { Letterhead } from './pdf'

/** The company's name, contact lines and logo, for the top of every document it sends. */
export async function loadLetterhead({ tx, storage, companyId }: { tx: Tx; storage: Storage; companyId: string }): Promise<Letterhead> {
  const [company] = await tx.select().from(companies).where(eq(companies.id, companyId))
  if (!company) throw notFound('Company')
  let logo: Letterhead['logo'] = null
  if (company.logoFileId) {
    const [file] = await tx.select().from(files).where(and(eq(files.id, company.logoFileId), eq(files.companyId, companyId)))
    const bytes = file ? await storage.get(file.bucket, file.path).catch(() => null) : null
    if (file && bytes) logo = { bytes, contentType: file.contentType }
  }
  return { name: company.name, address: company.address, phone: company.phone, email: company.email, licenseNumber: company.licenseNumber, logo }
}
