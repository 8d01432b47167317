import type { Tx } from '../../db/client'
import { renderInvoicePdf } from '../documents/invoice-pdf'
import { loadLetterhead } from '../documents/letterhead'
import { loadPrintedCustomer } from '../documents/references'
import type { Storage } from '../lib/storage'
import { getInvoice } from './get-invoice'

type Options = { tx: Tx; storage: Storage; companyId: string; invoiceId: string }

/** The invoice's branded PDF, with the invoice, customer and letterhead it was made from. */
export async function buildInvoicePdf({ tx, storage, companyId, invoiceId }: Options) {
  const invoice = await getInvoice({ tx, companyId, invoiceId })
  const [customer, letterhead] = await Promise.all([loadPrintedCustomer(tx, invoice.customerId), loadLetterhead({ tx, storage, companyId })])
  const bytes = await renderInvoicePdf({ letterhead, invoice, customer })
  return { invoice, customer, letterhead, bytes, fileName: `${invoice.number}.pdf` }
}
