import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice } from './schemas'

type Options = { tx: Tx; companyId: string; actorUserId: string; invoiceId: string; requestId?: string }

/** Records that a person checked a draft invoice (required before one Z drafted can be sent). */
export async function reviewInvoice({ tx, companyId, actorUserId, invoiceId, requestId }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  if (row.status !== 'draft') throw new ApiError('conflict', `Only draft invoices are reviewed before sending; ${row.number} is ${row.status}.`)
  await tx.update(invoices).set({ reviewedBy: actorUserId, updatedAt: new Date() }).where(eq(invoices.id, row.id))
  await recordAudit({ tx, companyId, actorUserId, action: 'invoice.review', entityType: 'invoice', entityId: row.id, changes: { createdByAi: row.createdByAi }, requestId })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
