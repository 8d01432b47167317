import type { Tx } from '../../db/client'
import type { Storage } from '../lib/storage'
import type { PrintedCustomer } from './format'
import { loadLetterhead } from './letterhead'
import type { Letterhead } from './pdf'
import { loadPrintedCustomer } from './references'

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  /** The bid or invoice: whose customer is printed, and whose number names the file. */
  document: { customerId: string; number: string }
  /** Draws the document's own PDF (bid-pdf.ts, invoice-pdf.ts). */
  render: (parts: { letterhead: Letterhead; customer: PrintedCustomer }) => Promise<Uint8Array>
}

/** A bid's or invoice's branded PDF, with the customer and letterhead printed on it. */
export async function printDocument({ tx, storage, companyId, document, render }: Options) {
  const [customer, letterhead] = await Promise.all([loadPrintedCustomer(tx, document.customerId), loadLetterhead({ tx, storage, companyId })])
  return { customer, letterhead, bytes: await render({ letterhead, customer }), fileName: `${document.number}.pdf` }
}
