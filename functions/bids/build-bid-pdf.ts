import type { Tx } from '../../db/client'
import { renderBidPdf } from '../documents/bid-pdf'
import { loadLetterhead } from '../documents/letterhead'
import { loadPrintedCustomer } from '../documents/references'
import type { Storage } from '../lib/storage'
import { getBid } from './get-bid'

type Options = { tx: Tx; storage: Storage; companyId: string; bidId: string }

/** The bid's branded PDF, with the bid, customer and letterhead it was made from. */
export async function buildBidPdf({ tx, storage, companyId, bidId }: Options) {
  const bid = await getBid({ tx, companyId, bidId })
  const [customer, letterhead] = await Promise.all([loadPrintedCustomer(tx, bid.customerId), loadLetterhead({ tx, storage, companyId })])
  const bytes = await renderBidPdf({ letterhead, bid, customer })
  return { bid, customer, letterhead, bytes, fileName: `${bid.number}.pdf` }
}
