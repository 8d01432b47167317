import { and, asc, count, desc, eq, gte, inArray, isNull, ne, notInArray, or, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids, invoices, jobs, leads, messages, messageThreads } from '../../db/schema'
import { todayIso } from '../documents/dates'
import { invoiceStanding, openStatuses } from '../invoices/standing'
import { loadPortalCompany } from './portal-company'
import { requirePortalCustomer } from './require-portal-customer'
import { PortalHome } from './schemas'

/** Service requests still being handled: a lead not yet won (scheduled) or lost (closed). */
const closedStages = ['won', 'lost'] as const

/**
 * The homeowner's home page with one contractor: visits to come, quotes waiting for an answer,
 * what is owed (and how much of it is overdue, as the CRM counts it), unread messages from the
 * contractor and open service requests.
 */
export async function getPortalHome({ tx, userId, customerId }: { tx: Tx; userId: string; customerId: string }): Promise<PortalHome> {
  const { companyId, ...customer } = await requirePortalCustomer({ tx, userId, customerId })
  const today = todayIso()
  const [company, visits, quotes, open, [unread], [requests]] = await Promise.all([
    loadPortalCompany(tx, companyId),
    tx
      .select({ jobId: jobs.id, title: jobs.title, status: jobs.status, scheduledStart: jobs.scheduledStart, scheduledEnd: jobs.scheduledEnd, address: jobs.address })
      .from(jobs)
      .where(
        and(
          eq(jobs.customerId, customer.id),
          inArray(jobs.status, ['scheduled', 'in_progress']),
          gte(sql`coalesce(${jobs.scheduledEnd}, ${jobs.scheduledStart})`, sql`now()`),
        ),
      )
      .orderBy(asc(jobs.scheduledStart), asc(jobs.id))
      .limit(10),
    tx
      .select({ id: bids.id, number: bids.number, title: bids.title, totalCents: bids.totalCents, validUntil: bids.validUntil, sentAt: bids.sentAt })
      .from(bids)
      .where(and(eq(bids.customerId, customer.id), eq(bids.status, 'sent'), or(isNull(bids.validUntil), gte(bids.validUntil, today))))
      .orderBy(desc(bids.sentAt), desc(bids.number)),
    tx
      .select({ status: invoices.status, dueDate: invoices.dueDate, totalCents: invoices.totalCents, amountPaidCents: invoices.amountPaidCents })
      .from(invoices)
      .where(and(eq(invoices.customerId, customer.id), inArray(invoices.status, [...openStatuses]))),
    tx
      .select({ n: count() })
      .from(messages)
      .innerJoin(messageThreads, eq(messageThreads.id, messages.threadId))
      .where(and(eq(messageThreads.customerId, customer.id), ne(messages.sender, 'homeowner'), isNull(messages.readAt))),
    tx
      .select({ n: count() })
      .from(leads)
      .where(and(eq(leads.customerId, customer.id), eq(leads.requestedBy, userId), notInArray(leads.stage, [...closedStages]))),
  ])
  const standings = open.map((row) => invoiceStanding(row, today)).filter((s) => s.balanceCents > 0)
  return PortalHome.parse({
    customer,
    company,
    upcomingVisits: visits.map((visit) => ({
      ...visit,
      scheduledStart: visit.scheduledStart?.toISOString() ?? null,
      scheduledEnd: visit.scheduledEnd?.toISOString() ?? null,
    })),
    openQuotes: quotes.map((quote) => ({ ...quote, sentAt: quote.sentAt?.toISOString() ?? null })),
    balanceDueCents: standings.reduce((sum, s) => sum + s.balanceCents, 0),
    overdueCents: standings.filter((s) => s.isOverdue).reduce((sum, s) => sum + s.balanceCents, 0),
    openInvoices: standings.length,
    unreadMessages: unread?.n ?? 0,
    openRequests: requests?.n ?? 0,
  })
}
