import type { Tx } from '../../db/client'
import { renderInvoicePdf } from '../documents/invoice-pdf'
import { printDocument } from '../documents/print-document'
import type { Storage } from '../lib/storage'
import { getInvoice } from './get-invoice'

type Options = { tx: Tx; storage: Storage; companyId: string; invoiceId: string }

/** The invoice's branded PDF, with the invoice, customer and letterhead it was made from. */
export async function buildInvoicePdf({ tx, storage, companyId, invoiceId }: Options) {
  const invoice = await getInvoice({ tx, companyId, invoiceId })
  const printed = await printDocument({ tx, storage, companyId, document: invoice, render: (parts) => renderInvoicePdf({ ...parts, invoice }) })
  return { invoice, ...printed }
}
