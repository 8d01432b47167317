import { formatCents } from '../../functions/lib/money'
import { messages, messageThreads } from '../schema'
import type { SeedBid } from './bids'
import type { SeedClock } from './clock'
import type { InvoiceRow } from './invoices'
import type { SeedJob } from './jobs'
import type { Staff } from './people'
import type { Random } from './random'

export type ThreadRow = typeof messageThreads.$inferInsert & { id: string }
export type MessageRow = typeof messages.$inferInsert

type Line = { from: 'contractor' | 'homeowner' | 'system'; userId?: string; body: string; minutesLater: number }

const HOUR = 3_600_000
const clockTime = (date: Date) => date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' })
const weekdayName = (date: Date) => date.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'America/New_York' })

type Options = { rng: Random; clock: SeedClock; companyId: string; staff: Staff; jobs: SeedJob[]; bids: SeedBid[]; invoices: InvoiceRow[]; newId: () => string }

/**
 * A few conversations with homeowners: confirming an upcoming visit, a question after an
 * install, a payment reminder on an overdue invoice and a question about an open bid.
 */
export function buildMessages({ rng, clock, companyId, staff, jobs, bids, invoices, newId }: Options) {
  const threads: ThreadRow[] = []
  const rows: MessageRow[] = []
  const firstName = (job: { customer: { firstName: string } }) => job.customer.firstName
  const now = clock.now.getTime()

  const thread = (customerId: string, jobId: string | null, subject: string, start: Date, lines: Line[], unreadLast: boolean) => {
    const id = newId()
    let at = start.getTime()
    const made: MessageRow[] = []
    for (const line of lines) {
      at = Math.min(now - 60_000 * (lines.length - made.length), at + line.minutesLater * 60_000)
      made.push({ companyId, threadId: id, senderUserId: line.from === 'contractor' ? line.userId! : null, sender: line.from, body: line.body, readAt: new Date(Math.min(now, at + 20 * 60_000)), createdAt: new Date(at) })
    }
    if (unreadLast) made[made.length - 1]!.readAt = null
    const last = made[made.length - 1]!.createdAt!
    threads.push({ id, companyId, customerId, jobId, subject, lastMessageAt: last, createdAt: made[0]!.createdAt!, updatedAt: last })
    rows.push(...made)
  }

  const upcoming = jobs.find((j) => j.status === 'scheduled' && !j.customer.isBusiness)
  if (upcoming) {
    const tech = upcoming.techs[0]!
    const start = upcoming.row.scheduledStart!
    thread(upcoming.customer.id, upcoming.id, `${upcoming.row.title} — ${weekdayName(start)}`, clock.at(-1, 14), [
      { from: 'contractor', userId: staff.office.id, body: `Hi ${firstName(upcoming)}, this is ${staff.office.name.split(' ')[0]} at Northline. Confirming ${tech.name.split(' ')[0]} for ${weekdayName(start)}, arriving between ${clockTime(start)} and ${clockTime(new Date(start.getTime() + HOUR))}. Does that still work?`, minutesLater: 0 },
      { from: 'homeowner', body: 'Yes, that works. The side door will be unlocked, and the dog will be in the yard.', minutesLater: 35 },
      { from: 'contractor', userId: staff.office.id, body: `Perfect, thank you! ${tech.name.split(' ')[0]} will text when on the way.`, minutesLater: 12 },
    ], false)
  }

  const installed = [...jobs].reverse().find((j) => j.status === 'completed' && (j.template.category === 'heat_pump_install' || j.template.category === 'mini_split_install'))
  if (installed) {
    const tech = installed.techs.find((t) => t.trade === 'hvac') ?? installed.techs[0]!
    thread(installed.customer.id, installed.id, 'Question about the new heat pump', new Date(installed.completedAt!.getTime() + 40 * HOUR), [
      { from: 'homeowner', body: 'Hi — the outdoor unit steams and goes quiet for a few minutes every hour or so. Is that normal?', minutesLater: 0 },
      { from: 'contractor', userId: tech.id, body: `Hi ${firstName(installed)}, that's the defrost cycle — completely normal below about 40°F. The indoor unit keeps the air warm while it runs.`, minutesLater: 50 },
      { from: 'homeowner', body: 'Great, thanks for the quick answer!', minutesLater: 25 },
    ], false)
  }

  const overdue = [...invoices].reverse().find((inv) => (inv.status === 'sent' || inv.status === 'partial') && inv.dueDate! < clock.today)
  const overdueJob = overdue && jobs.find((j) => j.id === overdue.jobId)
  if (overdue && overdueJob) {
    const balance = overdue.totalCents! - overdue.amountPaidCents!
    const reminderDay = Math.min(0, Math.max(clock.daysFromToday(overdue.dueDate!) + 1, -rng.int(2, 5)))
    thread(overdue.customerId, overdueJob.id, `Invoice ${overdue.number}`, clock.at(reminderDay, 10), [
      { from: 'contractor', userId: staff.office.id, body: `Hi ${firstName(overdueJob)}, a friendly reminder that ${overdue.number} (${formatCents(balance)} remaining) was due on ${overdue.dueDate}. You can pay by check, card or ACH — just reply here with any questions.`, minutesLater: 0 },
      { from: 'homeowner', body: 'Sorry, that slipped through the cracks. I will mail a check this week.', minutesLater: 6 * 60 },
    ], true)
  }

  const open = bids.find((b) => b.row.status === 'sent' && !b.customer.isBusiness && !/EV|charger/i.test(b.row.title ?? ''))
  if (open) {
    thread(open.customer.id, null, `Question about ${open.row.number}`, new Date(open.row.sentAt!.getTime() + 20 * HOUR), [
      { from: 'homeowner', body: `Thanks for the quote (${open.row.title}). Could you also add an EV charger outlet in the garage while you're there?`, minutesLater: 0 },
      { from: 'contractor', userId: staff.owner.id, body: `Absolutely, ${open.customer.firstName}. I'll revise ${open.row.number} with a 60A circuit and send it over today.`, minutesLater: 90 },
      { from: 'homeowner', body: 'Perfect — and is there any rebate for the charger?', minutesLater: 45 },
    ], true)
  }
  return { threads, messages: rows }
}
