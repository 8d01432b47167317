import type { bidStatuses } from '../../../../db/schema'
import { listBids } from '../../../bids/list-bids'
import type { BidSummary } from '../../../bids/schemas'
import { formatCents } from '../../../lib/money'
import type { FastAnswer, Source } from '../../types'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { bullets, LIST_LIMIT, plural } from './format-list'
import { maySee } from './may-see'
import { recordUrl } from './record-links'
import { parseDayRange } from './parse-day-range'
import { readCustomerFilter } from './read-customer-filter'
import { redirectAnswer } from './redirect'
import { asksToSee } from './request-shape'
import { dayLabel, localDay } from './zoned-time'

type BidStatus = (typeof bidStatuses)[number]

const BIDS = String.raw`(?:bids?|quotes?|estimates|proposals?)`

function askedStatus(text: string): BidStatus | undefined {
  if (/\b(?:drafts?|unsent|not sent|haven't sent|not yet sent)\b/.test(text)) return 'draft'
  if (/\b(?:accepted|won|approved|signed)\b/.test(text)) return 'accepted'
  if (/\b(?:declined|lost|rejected|turned down)\b/.test(text)) return 'declined'
  if (/\bexpired\b/.test(text)) return 'expired'
  if (/\b(?:open|pending|outstanding|awaiting|waiting|unanswered|sent|out|no answer|not answered|haven't heard|still out|follow up|follow-up)\b/.test(text)) return 'sent'
  return undefined
}

/** What the list is, for a count: `2 bids waiting for the customer’s answer`, `no draft bids`. */
const counted: Record<BidStatus | 'all', (count: number) => string> = {
  sent: (n) => `${n === 0 ? 'no bids' : plural(n, 'bid')} waiting for the customer’s answer`,
  draft: (n) => (n === 0 ? 'no draft bids' : plural(n, 'draft bid')),
  accepted: (n) => (n === 0 ? 'no accepted bids' : plural(n, 'accepted bid')),
  declined: (n) => (n === 0 ? 'no declined bids' : plural(n, 'declined bid')),
  expired: (n) => (n === 0 ? 'no expired bids' : plural(n, 'expired bid')),
  all: (n) => (n === 0 ? 'no bids' : plural(n, 'bid')),
}

function describe(bid: BidSummary, withAmounts: boolean, today: string, timeZone: string): { line: string; source: Source } {
  const on = (instant: string) => dayLabel(localDay(new Date(instant), timeZone))
  const dates =
    bid.status === 'sent'
      ? [bid.sentAt && `sent ${on(bid.sentAt)}`, bid.validUntil && `${bid.validUntil < today ? 'expired' : 'valid until'} ${dayLabel(bid.validUntil)}`]
      : bid.status === 'accepted'
        ? [bid.acceptedAt && `accepted ${on(bid.acceptedAt)}`]
        : bid.status === 'declined'
          ? [bid.declinedAt && `declined ${on(bid.declinedAt)}`, bid.declineReason]
          : [bid.status]
  const detail = [bid.title, ...dates, withAmounts ? formatCents(bid.totalCents) : null].filter(Boolean).join(' · ')
  const title = `${bid.number} · ${bid.customer.name}`
  return { line: `${title}${detail ? ` — ${detail}` : ''}`, source: { kind: 'record', title, url: recordUrl.bid(bid.id), snippet: detail } }
}

/**
 * Bids by state (waiting for an answer, drafts, accepted, declined, expired) for the office
 * and managers; amounts only when the person may see pricing (Layer 6). Techs hear that the
 * office handles bids.
 */
export async function answerBids(ctx: FastContext): Promise<FastAnswer | null> {
  if (!ctx.role || !asksToSee(ctx.text, BIDS)) return null
  if (!maySee.bids(ctx)) return redirectAnswer(ctx, 'bids_redirect', 'Your office handles bids and pricing.')
  const status = askedStatus(ctx.text)
  const withAmounts = maySee.bidAmounts(ctx)
  const today = localDay(ctx.now, ctx.timeZone)
  // The bid list has no date filter; "bids sent last week" is for the model's tools.
  if (parseDayRange(ctx.text, today)) return null
  const customer = await readCustomerFilter(ctx, BIDS, today)
  if (customer === null) return null
  const listed = await listBids({ tx: ctx.tx, companyId: ctx.companyId!, status, customerId: customer?.id, page: 1, pageSize: LIST_LIMIT })
  const described = listed.data.map((bid) => describe(bid, withAmounts, today, ctx.timeZone))
  const phrase = `You have ${counted[status ?? 'all'](listed.total)}${customer ? ` for ${customer.name}` : ''}${!status && listed.total > 1 ? ', newest first' : ''}`
  const response = listed.total === 0 ? `${phrase}.` : `${phrase}:\n${bullets(described.map((d) => d.line), listed.total)}`
  return fastAnswer(status === 'sent' ? 'open_bids' : 'bids', response, {
    sources: described.map((d) => d.source),
    actions: [{ kind: 'navigate', label: 'Open Bids', href: status ? `/crm/bids/?status=${status}` : '/crm/bids/' }],
  })
}
