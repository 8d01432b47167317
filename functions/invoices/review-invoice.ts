import type { Tx } from '../../db/client'
import { reviewDocument } from '../documents/review-document'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice } from './schemas'

type Options = { tx: Tx; companyId: string; actorUserId: string; invoiceId: string; requestId?: string }

/** Records that a person checked a draft invoice (required before one Z drafted can be sent). */
export async function reviewInvoice({ tx, companyId, actorUserId, invoiceId, requestId }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  await reviewDocument({ tx, companyId, actorUserId, kind: 'invoice', row, requestId })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
