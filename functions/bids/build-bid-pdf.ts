import type { Tx } from '../../db/client'
import { renderBidPdf } from '../documents/bid-pdf'
import { printDocument } from '../documents/print-document'
import type { Storage } from '../lib/storage'
import { getBid } from './get-bid'

type Options = { tx: Tx; storage: Storage; companyId: string; bidId: string }

/** The bid's branded PDF, with the bid, customer and letterhead it was made from. */
export async function buildBidPdf({ tx, storage, companyId, bidId }: Options) {
  const bid = await getBid({ tx, companyId, bidId })
  const printed = await printDocument({ tx, storage, companyId, document: bid, render: (parts) => renderBidPdf({ ...parts, bid }) })
  return { bid, ...printed }
}
