import { documentTotals, type DocumentTotals } from '../../functions/lib/money'
import { invoiceLineItems, invoices, payments, type paymentMethods } from '../schema'
import type { SeedBid } from './bids'
import { addDays, type SeedClock } from './clock'
import type { SeedJob } from './jobs'
import { lineRows, scopeLines, type SeedLine } from './lines'
import type { Staff } from './people'
import type { Random } from './random'

export type InvoiceRow = typeof invoices.$inferInsert & { id: string; number: string }
export type InvoiceLineRow = typeof invoiceLineItems.$inferInsert
export type PaymentRow = typeof payments.$inferInsert

type Status = InvoiceRow['status'] & string
type Plan = {
  id: string
  job: SeedJob
  bid: SeedBid | null
  lines: SeedLine[]
  totals: DocumentTotals
  issueDay: number
  voided?: boolean
  /** The invoice a voided one was reissued as. */
  reissueOf?: Plan
  status?: Status
  row?: InvoiceRow
}

const HOUR = 3_600_000
const thanks = 'Thank you for your business! Payment is due within 30 days. Checks payable to Northline Electric & HVAC LLC.'

type Options = { rng: Random; clock: SeedClock; companyId: string; staff: Staff; jobs: SeedJob[]; bids: SeedBid[]; newId: () => string }

/**
 * An invoice for nearly every completed job (warranty callbacks are free): from the accepted
 * bid's lines when there is one, else from the hours worked and parts used. Most are paid
 * (some in two payments), recent ones are open, several are overdue across the aging buckets,
 * the newest couple are still drafts and one was voided and reissued.
 */
export function buildInvoices({ rng, clock, companyId, staff, jobs, bids, newId }: Options) {
  const bidByJob = new Map(bids.filter((b) => b.job && b.row.status === 'accepted').map((b) => [b.job!.id, b]))
  const billable = jobs.filter((j) => j.status === 'completed' && !j.warranty && j.completedAt).sort((a, b) => a.completedAt!.getTime() - b.completedAt!.getTime())

  const plans: Plan[] = []
  for (const job of billable) {
    const bid = bidByJob.get(job.id) ?? null
    let lines: SeedLine[]
    let totals: DocumentTotals
    if (bid) {
      lines = bid.lines
      totals = documentTotals(lines, bid.row.discountCents!, bid.row.taxRateBps!)
    } else {
      const billedHours = Math.max(1, Math.ceil((job.actualHours ?? job.estimatedHours) * 4) / 4)
      lines = scopeLines({ template: job.template, laborHours: billedHours, crew: job.techs.length, parts: job.parts, extras: job.extras })
      const subtotal = documentTotals(lines, 0, 0).subtotalCents
      const discount = rng.chance(0.06) ? Math.floor((subtotal * 0.1) / 100) * 100 : 0
      totals = documentTotals(lines, discount, 635)
    }
    const lastDay = job.days[job.days.length - 1]!
    const issueDay = Math.min(0, clock.businessDay(lastDay + rng.int(0, 2)))
    plans.push({ id: newId(), job, bid, lines, totals, issueDay })
  }

  // One invoice went out with the wrong hours, was voided and reissued two days later.
  const voidable = plans.filter((p) => p.issueDay <= -120 && p.issueDay >= -250 && !p.bid)
  if (voidable.length) {
    const original = rng.pick(voidable)
    original.voided = true
    plans.push({ id: newId(), job: original.job, bid: null, lines: original.lines, totals: original.totals, issueDay: original.issueDay + 2, reissueOf: original })
  }
  plans.sort((a, b) => a.issueDay - b.issueDay || a.job.completedAt!.getTime() - b.job.completedAt!.getTime() || Number(Boolean(a.reissueOf)) - Number(Boolean(b.reissueOf)))

  // Where each one stands.
  for (const plan of plans) {
    const age = -plan.issueDay
    if (plan.voided) plan.status = 'void'
    else if (age <= 3 && rng.chance(0.5)) plan.status = 'draft'
    else if (age <= 30) plan.status = rng.weighted(['paid', 'partial', 'sent'] as const, (s) => (s === 'paid' ? 35 : s === 'partial' ? 15 : 50))
    else {
      const overdueOdds = age <= 60 ? 0.22 : age <= 90 ? 0.15 : age <= 120 ? 0.1 : 0.03
      plan.status = rng.chance(overdueOdds) ? (rng.chance(0.4) ? 'partial' : 'sent') : 'paid'
    }
  }
  // The newest couple are still being written up.
  const drafts = plans.filter((p) => p.status === 'draft')
  for (const plan of [...plans].reverse()) {
    if (drafts.length >= 2) break
    if (plan.status !== 'void' && plan.status !== 'draft') {
      plan.status = 'draft'
      drafts.push(plan)
    }
  }
  // At least one overdue invoice well inside each aging bucket (1–30, 31–60, 61–90, 90+ days
  // late), so a report run a day later, or on UTC's calendar, still shows all four.
  for (const [from, to] of [[34, 57], [64, 87], [94, 117], [124, 300]] as const) {
    const inBucket = plans.filter((p) => -p.issueDay >= from && -p.issueDay <= to)
    if (!inBucket.some((p) => p.status === 'sent' || p.status === 'partial')) {
      const middle = (from + to) / 2
      const flip = inBucket.filter((p) => p.status === 'paid').sort((a, b) => Math.abs(-a.issueDay - middle) - Math.abs(-b.issueDay - middle))[0]
      if (flip) flip.status = 'sent'
    }
  }

  const rows: InvoiceRow[] = []
  const paymentRows: PaymentRow[] = []
  plans.forEach((plan, i) => {
    const { job, totals } = plan
    const status = plan.status!
    const number = `INV-${String(i + 1).padStart(4, '0')}`
    const issueDate = clock.date(plan.issueDay)
    const createdAt = clock.notAfterNow(new Date(Math.max(job.completedAt!.getTime() + HOUR / 2, clock.at(plan.issueDay, 9).getTime())))
    const sentAt = status === 'draft' ? null : clock.notAfterNow(new Date(Math.max(createdAt.getTime() + HOUR / 6, clock.at(plan.issueDay, 16.5).getTime())))
    const voidedAt = status === 'void' ? clock.at(plan.issueDay + 2, 10) : null

    // Money received.
    const paid: PaymentRow[] = []
    const pay = (amountCents: number, day: number) => {
      const at = clock.notAfterNow(new Date(Math.max(sentAt!.getTime() + HOUR, clock.at(day, 10 + rng.int(0, 12) / 2).getTime())))
      const method = paymentMethod(rng, job.customer.isBusiness)
      paid.push({
        companyId,
        invoiceId: plan.id,
        amountCents,
        method,
        paidOn: clock.dateOf(at),
        reference: paymentReference(rng, method),
        notes: null,
        recordedBy: rng.chance(0.8) ? staff.office.id : staff.owner.id,
        createdAt: at,
        updatedAt: at,
      })
    }
    const age = -plan.issueDay
    if (status === 'paid') {
      const first = plan.issueDay + rng.int(0, Math.min(age, 25))
      if (totals.totalCents >= 50_000 && rng.chance(0.3)) {
        const deposit = Math.floor((totals.totalCents * rng.between(0.3, 0.5)) / 100) * 100
        pay(deposit, first)
        pay(totals.totalCents - deposit, Math.min(0, first + rng.int(3, 20)))
      } else pay(totals.totalCents, first)
    } else if (status === 'partial') {
      const amount = Math.max(100, Math.floor((totals.totalCents * rng.between(0.25, 0.6)) / 100) * 100)
      pay(Math.min(amount, totals.totalCents - 100), plan.issueDay + rng.int(0, Math.min(age, 20)))
    }
    paymentRows.push(...paid)
    const amountPaidCents = paid.reduce((sum, p) => sum + p.amountCents, 0)
    const lastPayment = paid.length ? paid[paid.length - 1]!.createdAt! : null
    const paidAt = status === 'paid' ? lastPayment : null

    const createdByAi = status !== 'draft' && status !== 'void' && rng.chance(0.03)
    const customerNote = job.customer.name.startsWith('Cedar Ridge') ? `PO #CR-${2400 + i}. ` : ''
    plan.row = {
      id: plan.id,
      companyId,
      customerId: job.customer.id,
      jobId: job.id,
      bidId: plan.bid?.id ?? null,
      number,
      status,
      issueDate,
      dueDate: addDays(issueDate, 30),
      ...totals,
      amountPaidCents,
      notes: `${customerNote}${thanks}`,
      createdByAi,
      reviewedBy: createdByAi ? staff.office.id : null,
      sentAt,
      paidAt,
      voidedAt,
      createdBy: staff.office.id,
      createdAt,
      updatedAt: paidAt ?? lastPayment ?? voidedAt ?? sentAt ?? createdAt,
    }
    rows.push(plan.row)
  })
  for (const plan of plans) {
    if (plan.reissueOf) plan.reissueOf.row!.notes = `Voided: billed hours corrected. Reissued as ${plan.row!.number}.`
  }
  const lineItems: InvoiceLineRow[] = plans.flatMap((plan) => lineRows(companyId, 'invoiceId', plan.id, plan.lines, newId))
  return { invoices: rows, lineItems, payments: paymentRows }
}

function paymentMethod(rng: Random, business: boolean): (typeof paymentMethods)[number] {
  const weights = business ? { check: 45, ach: 45, card: 10, cash: 0, other: 0 } : { check: 38, card: 32, ach: 18, cash: 8, other: 4 }
  return rng.weighted(['check', 'card', 'ach', 'cash', 'other'] as const, (m) => weights[m])
}

function paymentReference(rng: Random, method: (typeof paymentMethods)[number]): string | null {
  if (method === 'check') return `Check #${rng.int(1001, 9899)}`
  if (method === 'card') return `${rng.pick(['Visa', 'Mastercard', 'Amex', 'Discover'])} •••• ${rng.int(1000, 9999)}`
  if (method === 'ach') return `ACH ${rng.code(9, '0123456789')}`
  if (method === 'other') return 'Zelle'
  return null
}
