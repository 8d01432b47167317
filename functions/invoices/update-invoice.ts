import type { Tx } from '../../db/client'
import { priceDocumentEdit } from '../documents/price-document-edit'
import { requireEditedReferences } from '../documents/references'
import { saveDocumentChange } from '../documents/save-document-change'
import { ApiError } from '../lib/errors'
import { assertDueAfterIssue } from './create-invoice'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice, InvoicePatch } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  invoiceId: string
  /** Only the fields present change; `lines` replaces every line. */
  patch: InvoicePatch
  requestId?: string
}

/** What may still change once the customer has the invoice: its notes and a later due date. */
const editableWhenOpen = new Set(['notes', 'dueDate'])

/**
 * Edits an invoice and recomputes its totals. A draft changes freely; a sent or partly paid
 * invoice only its notes and due date (409 for anything else: void it and issue a new one);
 * a paid or void invoice not at all.
 */
export async function updateInvoice({ tx, companyId, actorUserId, invoiceId, patch, requestId }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  if (row.status === 'paid' || row.status === 'void') {
    throw new ApiError('conflict', `${row.number} is ${row.status} and can no longer be edited.`)
  }
  if (row.status !== 'draft') {
    const locked = Object.keys(patch).filter((key) => patch[key as keyof InvoicePatch] !== undefined && !editableWhenOpen.has(key))
    if (locked.length > 0) {
      throw new ApiError('conflict', `${row.number} has been sent: only its notes and due date can change (not ${locked.join(', ')}). Void it and issue a new invoice to change the lines or amounts.`)
    }
  }
  const { jobId } = await requireEditedReferences(tx, companyId, row, patch)
  const issueDate = patch.issueDate ?? row.issueDate
  const dueDate = patch.dueDate ?? row.dueDate
  if (issueDate && dueDate) assertDueAfterIssue(issueDate, dueDate)
  const document = { kind: 'invoice', id: row.id } as const
  const edit = await priceDocumentEdit({ tx, companyId, document, stored: row, patch, jobId })
  await saveDocumentChange({ tx, companyId, actorUserId, update: { ...document, set: edit.set }, action: 'update', changes: edit.changes, requestId })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
