import type { Tx } from '../../db/client'
import { loadLetterhead } from '../documents/letterhead'
import { BrandedPdf } from '../documents/pdf'
import { formatCents } from '../lib/money'
import type { Storage } from '../lib/storage'
import type { Dashboard } from './schemas'

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  /** The staff dashboard (with its money figures) to print. */
  dashboard: Dashboard
}

const statusLabels = { scheduled: 'Scheduled', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled' } as const
const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })
const hours = (value: number) => value.toFixed(2)
const invoices = (n: number) => `${n} ${n === 1 ? 'invoice' : 'invoices'}`

/** The dashboard as a company-branded PDF: the same figures as `GET /dashboard`. */
export async function buildDashboardPdf({ tx, storage, companyId, dashboard }: Options): Promise<Uint8Array> {
  const { revenue, receivables, bidWinRate, topCustomers, periods } = dashboard
  if (!revenue || !receivables || !bidWinRate || !topCustomers) throw new Error('The dashboard PDF needs the financial figures')
  const pdf = await BrandedPdf.create(await loadLetterhead({ tx, storage, companyId }), 'Business dashboard')
  pdf.keyValues([
    ['As of', `${dashboard.asOf} (UTC)`],
    ['Week', `${periods.weekStart} to ${dashboard.asOf}`],
  ])

  pdf.heading('Revenue collected')
  pdf.keyValues([
    ['This month', formatCents(revenue.monthCents)],
    ['This quarter', formatCents(revenue.quarterCents)],
    ['This year', formatCents(revenue.yearCents)],
    ['Last 12 months', formatCents(revenue.last12Months.reduce((sum, m) => sum + m.cents, 0))],
  ])
  pdf.bars(revenue.last12Months.map((m) => ({ label: monthLabel(m.month), value: m.cents, display: formatCents(m.cents) })))

  pdf.heading('Receivables')
  pdf.keyValues([
    ['Outstanding', `${formatCents(receivables.outstandingCents)} (${invoices(receivables.outstandingCount)})`],
    ['Overdue', `${formatCents(receivables.overdueCents)} (${invoices(receivables.overdueCount)})`],
  ])

  pdf.heading('Jobs by status')
  pdf.bars(Object.entries(statusLabels).map(([status, label]) => {
    const n = dashboard.jobsByStatus[status as keyof typeof statusLabels]
    return { label, value: n, display: String(n) }
  }))

  pdf.heading('Hours this week')
  const people = dashboard.hoursThisWeek.people ?? []
  if (people.length > 0) {
    pdf.table(
      [
        { label: 'Person', width: 0.6 },
        { label: 'Role', width: 0.2 },
        { label: 'Hours', width: 0.2, align: 'right' },
      ],
      people.map((p) => [p.email, p.role, hours(p.hours)]),
    )
  }
  pdf.totals([['Total hours', hours(dashboard.hoursThisWeek.totalHours)]])

  pdf.heading('Bid win rate (90 days)')
  const rate = bidWinRate.rate === null ? 'No bids decided' : `${(bidWinRate.rate * 100).toFixed(1)}%`
  pdf.paragraph(`${rate}: ${bidWinRate.accepted} accepted, ${bidWinRate.declined} declined, ${bidWinRate.expired} expired, from ${periods.winRateSince} to ${dashboard.asOf}.`)

  pdf.heading('Top customers (12 months)')
  if (topCustomers.length === 0) pdf.paragraph('No payments received in the last 12 months.', { muted: true })
  else {
    pdf.table(
      [
        { label: 'Customer', width: 0.7 },
        { label: 'Paid', width: 0.3, align: 'right' },
      ],
      topCustomers.map((c) => [c.name, formatCents(c.revenueCents)]),
    )
  }
  return pdf.save()
}
