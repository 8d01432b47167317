import type { Tx } from '../../db/client'
import type { DocumentTotals } from '../lib/money'
import type { DocumentRef } from './document-ref'
import { lineAsInput, priceLines, type LineItemInput } from './line-items'
import { loadLineItems } from './load-line-items'
import { saveLineItems } from './save-line-items'

/** The priced fields an edit may carry, next to the document's own. */
type PricedPatch = { lines?: LineItemInput[]; discountCents?: number; taxRateBps?: number }

type Options<P extends PricedPatch> = {
  tx: Tx
  companyId: string
  document: DocumentRef
  /** The stored discount and tax, kept when the patch leaves them out. */
  stored: { discountCents: number; taxRateBps: number }
  /** Only the fields present change; `lines` replaces every line. */
  patch: P
  /** The job the document keeps, already checked (requireEditedReferences). */
  jobId: string | null
}

/**
 * The columns an edit of a bid or invoice sets and what the audit log keeps of it. When the
 * lines, discount or tax change, the document is repriced from its lines (the new ones, which
 * replace the stored ones, or else the stored ones) and its new totals are set too.
 */
export async function priceDocumentEdit<P extends PricedPatch>({ tx, companyId, document, stored, patch, jobId }: Options<P>) {
  let totals: Partial<DocumentTotals> = {}
  if (patch.lines !== undefined || patch.discountCents !== undefined || patch.taxRateBps !== undefined) {
    const lines = patch.lines ?? (await loadLineItems(tx, document)).map(lineAsInput)
    const priced = priceLines(lines, patch.discountCents ?? stored.discountCents, patch.taxRateBps ?? stored.taxRateBps)
    totals = priced.totals
    if (patch.lines) await saveLineItems({ tx, companyId, document, lines: priced.lines })
  }
  const { lines, ...fields } = patch
  return {
    set: { ...fields, jobId, ...totals },
    changes: { ...fields, ...(lines ? { lines: lines.length } : {}), ...totals },
  }
}
