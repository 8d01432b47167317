import { documentTotals } from '../../functions/lib/money'
import { bidLineItems, bids } from '../schema'
import { templates, type JobTemplate } from './catalog'
import { addDays, type SeedClock } from './clock'
import type { SeedCustomer } from './customers'
import type { SeedJob } from './jobs'
import { lineRows, onGrid, quantityText, scopeLines, type SeedLine } from './lines'
import type { Staff } from './people'
import type { Random } from './random'

export type BidRow = typeof bids.$inferInsert & { id: string; number: string }
export type BidLineRow = typeof bidLineItems.$inferInsert

export type SeedBid = { id: string; customer: SeedCustomer; job: SeedJob | null; lines: SeedLine[]; row: BidRow }

const HOUR = 3_600_000
const DAY = 24 * HOUR

const declineReasons = [
  'Went with another contractor.',
  'Price was higher than expected.',
  'Postponing the project until next year.',
  'Decided to repair the old unit instead.',
  'Their oil company offered a bundled replacement.',
]
const terms =
  'Price valid 30 days. 50% deposit on acceptance for equipment orders, balance due on completion. Includes permit, inspection and cleanup.'
const capitalImprovement = 'Capital improvement: exempt from Connecticut sales tax (CERT-101 on file).'

type Options = { rng: Random; clock: SeedClock; companyId: string; staff: Staff; customers: SeedCustomer[]; jobs: SeedJob[]; newId: () => string }

/**
 * About eighty bids in every state: accepted ones behind most quoted projects (linked to their
 * jobs), a few accepted but not yet scheduled, declined and expired ones through the year,
 * recent sent ones awaiting an answer and a handful of drafts (two drafted by Z).
 */
export function buildBids({ rng, clock, companyId, staff, customers, jobs, newId }: Options) {
  const established = customers.filter((c) => !c.fromLead)
  const projects = templates.filter((t) => t.kind === 'project')
  const author = () => (rng.chance(0.5) ? staff.owner : rng.chance(0.6) ? staff.office : staff.admin)
  const list: SeedBid[] = []

  const price = (scope: Parameters<typeof scopeLines>[0]) => {
    const lines = scopeLines(scope)
    const exempt = scope.template.kind === 'project' && rng.chance(0.12)
    const subtotal = documentTotals(lines, 0, 0).subtotalCents
    const discountCents = rng.chance(0.25) ? Math.min(subtotal, rng.chance(0.5) ? Math.floor((subtotal * 0.05) / 100) * 100 : rng.pick([10_000, 15_000, 25_000])) : 0
    return { lines, exempt, totals: documentTotals(lines, discountCents, exempt ? 0 : 635) }
  }

  /** A scope of work for a bid with no job behind it yet. */
  const freshScope = (template: JobTemplate) => {
    const crew = template.crew === 'either' ? (rng.chance(0.5) ? 2 : 1) : template.crew
    return {
      template,
      laborHours: onGrid(rng, template.hours, 0.5),
      crew,
      parts: template.parts
        .filter((part) => rng.chance(part.chance ?? 1))
        .map((part) => ({ description: part.description, unit: part.unit, costCents: part.costCents, quantity: quantityText(onGrid(rng, part.quantity, part.step ?? 1)) })),
      extras: template.extras.filter((extra) => rng.chance(extra.chance ?? 1)),
    }
  }

  const add = (fields: {
    customer: SeedCustomer
    job: SeedJob | null
    template: JobTemplate
    title: string
    scope: Parameters<typeof scopeLines>[0]
    status: BidRow['status']
    createdAt: Date
    sentAt?: Date | null
    acceptedAt?: Date | null
    declinedAt?: Date | null
    declineReason?: string | null
    createdByAi?: boolean
  }) => {
    const { lines, exempt, totals } = price(fields.scope)
    const creator = author()
    const id = newId()
    const sentAt = fields.sentAt ?? null
    const closedAt = fields.acceptedAt ?? fields.declinedAt ?? null
    const validUntil = sentAt ? addDays(clock.dateOf(sentAt), 30) : addDays(clock.dateOf(fields.createdAt), 30)
    const expiredAt = fields.status === 'expired' ? clock.at(clock.daysFromToday(validUntil) + 1, 6) : null
    list.push({
      id,
      customer: fields.customer,
      job: fields.job,
      lines,
      row: {
        id,
        companyId,
        customerId: fields.customer.id,
        jobId: fields.job?.id ?? null,
        number: '',
        title: fields.title,
        status: fields.status,
        ...totals,
        validUntil,
        notes: exempt ? `${terms}\n${capitalImprovement}` : terms,
        createdByAi: fields.createdByAi ?? false,
        // Z's drafts need a person's review before they can be sent.
        reviewedBy: fields.createdByAi && sentAt ? staff.owner.id : null,
        sentAt,
        acceptedAt: fields.acceptedAt ?? null,
        declinedAt: fields.declinedAt ?? null,
        declineReason: fields.declineReason ?? null,
        createdBy: creator.id,
        createdAt: fields.createdAt,
        updatedAt: expiredAt ?? closedAt ?? sentAt ?? fields.createdAt,
      },
    })
  }

  // Accepted, behind a quoted project; the job was created from the bid a little later.
  const quotable = jobs.filter((j) => j.template.kind === 'project' && j.status !== 'cancelled' && !j.warranty)
  const mustQuote = quotable.filter((j) => j.customer.fromLead && j.template.category === 'heat_pump_install')
  const linked = [...mustQuote, ...rng.sample(quotable.filter((j) => !mustQuote.includes(j)), Math.min(41, quotable.length) - mustQuote.length)]
  for (const job of linked) {
    const acceptedAt = new Date(job.createdAt.getTime() - rng.int(2, 30) * HOUR)
    const sentAt = new Date(acceptedAt.getTime() - rng.int(1, 8) * DAY - rng.int(0, 5) * HOUR)
    const createdAt = new Date(sentAt.getTime() - rng.int(1, 40) * HOUR)
    add({
      customer: job.customer,
      job,
      template: job.template,
      title: job.row.title,
      scope: { template: job.template, laborHours: job.estimatedHours, crew: job.techs.length, parts: job.parts, extras: job.extras },
      status: 'accepted',
      createdAt,
      sentAt,
      acceptedAt,
    })
  }

  const someCustomer = () => rng.weighted(established, (c) => c.weight)
  const businessHour = () => 8 + rng.int(0, 18) / 2
  const recentDay = (from: number, to: number) => clock.businessDay(-rng.int(from, to))
  const pastInstant = (day: number) => clock.notAfterNow(clock.at(Math.min(day, 0), businessHour()))

  // Accepted in the last week or so; nobody has turned them into jobs yet.
  for (let i = 0; i < 4; i++) {
    const template = rng.weighted(projects, (t) => t.weight)
    const acceptedAt = pastInstant(recentDay(1, 8))
    const sentAt = new Date(acceptedAt.getTime() - rng.int(1, 6) * DAY)
    add({ customer: someCustomer(), job: null, template, title: rng.pick(template.titles), scope: freshScope(template), status: 'accepted', createdAt: new Date(sentAt.getTime() - rng.int(2, 30) * HOUR), sentAt, acceptedAt })
  }
  // Declined, through the year.
  for (let i = 0; i < 12; i++) {
    const template = rng.weighted(projects, (t) => t.weight)
    const sentAt = clock.at(clock.businessDay(-rng.int(16, 355)), businessHour())
    const declinedAt = new Date(sentAt.getTime() + rng.int(2, 14) * DAY + rng.int(0, 6) * HOUR)
    add({ customer: someCustomer(), job: null, template, title: rng.pick(template.titles), scope: freshScope(template), status: 'declined', createdAt: new Date(sentAt.getTime() - rng.int(2, 48) * HOUR), sentAt, declinedAt, declineReason: rng.pick(declineReasons) })
  }
  // Expired: sent, never answered, past their 30 days.
  for (let i = 0; i < 8; i++) {
    const template = rng.weighted(projects, (t) => t.weight)
    const sentAt = clock.at(clock.businessDay(-rng.int(40, 330)), businessHour())
    add({ customer: someCustomer(), job: null, template, title: rng.pick(template.titles), scope: freshScope(template), status: 'expired', createdAt: new Date(sentAt.getTime() - rng.int(2, 48) * HOUR), sentAt })
  }
  // Sent in the last three weeks, waiting on the customer.
  for (let i = 0; i < 8; i++) {
    const template = rng.weighted(projects, (t) => t.weight)
    const sentAt = pastInstant(recentDay(1, 20))
    const createdByAi = i < 2
    add({ customer: someCustomer(), job: null, template, title: rng.pick(template.titles), scope: freshScope(template), status: 'sent', createdAt: new Date(sentAt.getTime() - rng.int(2, 30) * HOUR), sentAt, createdByAi })
  }
  // Drafts being written.
  for (let i = 0; i < 7; i++) {
    const template = rng.weighted(templates, (t) => t.weight)
    const createdAt = pastInstant(-rng.int(0, 9))
    add({ customer: someCustomer(), job: null, template, title: rng.pick(template.titles), scope: freshScope(template), status: 'draft', createdAt, createdByAi: i < 2 })
  }

  // Numbered in the order they were written.
  list.sort((a, b) => a.row.createdAt!.getTime() - b.row.createdAt!.getTime())
  list.forEach((bid, i) => {
    bid.row.number = `BID-${String(i + 1).padStart(4, '0')}`
  })
  const lineItems: BidLineRow[] = list.flatMap((bid) => lineRows(companyId, 'bidId', bid.id, bid.lines, newId))
  return { bids: list, lineItems }
}
