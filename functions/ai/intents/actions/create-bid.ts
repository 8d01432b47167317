import { createBid } from '../../../bids/create-bid'
import { BidInput } from '../../../bids/schemas'
import { formatCents } from '../../../lib/money'
import { assertWithinAiCap } from '../ai-money-cap'
import type { IntentAction } from '../intent-action'
import { validated } from '../validated'
import { DraftParams, serviceLines, summarizeDraft, translateDraft } from './draft-document'

const FORM =
  /^(?:draft|create|make|write|prepare|start|build|put together|new|add)\s+(?:up\s+)?(?:a\s+|an\s+)?(?:new\s+)?(?:bid|quote|estimate|proposal)\s+(?:for|to)\s+(?<rest>.+)$/i
const VERB_FORM = /^(?:quote|bid)\s+(?<rest>.+\$.+)$/i

/** "draft a bid for the Parkers: 200A panel upgrade $3,200 and permit $150" → a draft bid flagged as Z's. */
export const createBidIntent: IntentAction<typeof DraftParams> = {
  action: 'create_bid',
  permission: 'bids:write',
  params: DraftParams,
  redirect: (who) => `Bids are priced and sent by ${who}. Tell them the customer and the work; I can note what you found on the job, or log an expense.`,
  recognize: (message) => {
    const groups = (FORM.exec(message) ?? VERB_FORM.exec(message))?.groups
    return groups ? { rest: groups.rest } : null
  },
  translate: (context, parts) => translateDraft('bid', context, parts.rest ?? ''),
  summarize: (params) => summarizeDraft('bid', params),
  async execute(scope, { customerId, jobId, lines }) {
    assertWithinAiCap('bid', lines)
    const input = validated(BidInput, { customerId, jobId, title: lines[0]?.description ?? null, lines: serviceLines(lines) })
    const bid = await createBid({ ...scope, input, createdByAi: true })
    return {
      entityType: 'bid',
      id: bid.id,
      href: `/crm/bids/view/?id=${bid.id}`,
      message: `Drafted ${bid.number} for ${bid.customer.name}, total ${formatCents(bid.totalCents)}. Review it before sending.`,
    }
  },
}
