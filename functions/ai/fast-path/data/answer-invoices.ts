import { listInvoices } from '../../../invoices/list-invoices'
import type { InvoiceSummary } from '../../../invoices/schemas'
import { formatCents } from '../../../lib/money'
import { can } from '../../../lib/permissions'
import type { FastAnswer, Source } from '../../types'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { bullets, LIST_LIMIT, plural } from './format-list'
import { listOpenInvoices } from './list-open-invoices'
import { maySee } from './may-see'
import { recordUrl } from './record-links'
import { parseDayRange } from './parse-day-range'
import { readCustomerFilter } from './read-customer-filter'
import { redirectAnswer } from './redirect'
import { asksToSee, isLookup } from './request-shape'
import { dayLabel, localDay } from './zoned-time'

const INVOICES = String.raw`(?:invoices?|bills?|receivables?|a\/r|accounts receivable)`
/** Money owed, asked without the word invoice. */
const OWED =
  /\b(?:overdue|late|outstanding|missing|unpaid|past due) payments?\b|\bwho (?:still )?(?:owes|hasn't paid|has not paid|is (?:late|behind) (?:on|with) pay\w*)\b|\bowe[sd]? (?:me|us)\b|\bmoney (?:owed|outstanding)\b|\b(?:what's|what is|anything|everything|how much is|how much money is) (?:still )?(?:overdue|past due|outstanding|owed)\b/

type Filter = 'overdue' | 'unpaid' | 'due' | 'draft' | 'recent'

function askedFilter(text: string): Filter {
  if (/\b(?:overdue|past due|late|delinquent|behind)\b/.test(text)) return 'overdue'
  if (/\b(?:drafts?|unsent|not sent)\b/.test(text)) return 'draft'
  if (/\b(?:unpaid|open|outstanding|owe[sd]?|owing|due|not paid|unsettled|receivables?|a\/r|accounts receivable|hasn't paid|has not paid)\b/.test(text)) return 'unpaid'
  return 'recent'
}

function describe(invoice: InvoiceSummary, filter: Filter): { line: string; source: Source } {
  const due = invoice.dueDate ? dayLabel(invoice.dueDate) : 'no due date'
  const detail =
    filter === 'overdue'
      ? `${formatCents(invoice.balanceCents)} due, ${plural(invoice.daysOverdue, 'day')} overdue (due ${due})`
      : invoice.status === 'draft'
        ? `${formatCents(invoice.totalCents)}, draft`
        : invoice.status === 'paid' || invoice.status === 'void'
          ? `${formatCents(invoice.totalCents)}, ${invoice.status}`
          : `${formatCents(invoice.balanceCents)} due ${due}${invoice.status === 'partial' ? ` (partly paid, of ${formatCents(invoice.totalCents)})` : ''}${invoice.isOverdue ? ', overdue' : ''}`
  const title = `${invoice.number} · ${invoice.customer.name}`
  return { line: `${title} — ${detail}`, source: { kind: 'record', title, url: recordUrl.invoice(invoice.id), snippet: detail } }
}

/**
 * Overdue, unpaid, due on the days asked about, draft or recent invoices with balances, for
 * people whose role reads invoices and who may see customers' payment history (Layer 6).
 * Anyone else hears who handles invoices and what Z can do for them instead; nothing is read
 * from the database for them.
 */
export async function answerInvoices(ctx: FastContext): Promise<FastAnswer | null> {
  const { text } = ctx
  if (!ctx.role || !(asksToSee(text, INVOICES) || (isLookup(text) && OWED.test(text)))) return null
  if (!maySee.invoices(ctx)) {
    const lead = can(ctx.role, 'invoices:read')
      ? 'Invoice balances and customers’ payment history go through your company’s owner.'
      : 'Your office handles invoices and payments.'
    return redirectAnswer(ctx, 'invoices_redirect', lead)
  }
  const today = localDay(ctx.now, ctx.timeZone)
  const range = parseDayRange(text, today)
  // "Due this week" reads the due date; other dates ("sent this month") are for the model's tools.
  if (range && !/\bdue\b/.test(text)) return null
  const filter: Filter = range ? 'due' : askedFilter(text)
  const customer = await readCustomerFilter(ctx, INVOICES, today)
  if (customer === null) return null
  const customerId = customer?.id
  const listed =
    filter === 'overdue' || filter === 'unpaid' || filter === 'due'
      ? await listOpenInvoices({ tx: ctx.tx, companyId: ctx.companyId!, today, overdueOnly: filter === 'overdue', customerId, dueBetween: range ?? undefined, limit: LIST_LIMIT })
      : await listInvoices({ tx: ctx.tx, companyId: ctx.companyId!, today, customerId, page: 1, pageSize: LIST_LIMIT, ...(filter === 'draft' ? { status: 'draft' as const } : {}) })
  const described = listed.data.map((invoice) => describe(invoice, filter))
  const owed = 'balanceCents' in listed ? `, ${formatCents(listed.balanceCents)} ${filter === 'overdue' ? 'past due' : 'outstanding'} in total` : ''
  const noun = { overdue: 'overdue invoice', unpaid: 'unpaid invoice', due: 'invoice', draft: 'draft invoice', recent: 'invoice' }[filter]
  const forWhom = `${range ? ` due ${range.label}` : ''}${customer ? ` for ${customer.name}` : ''}`
  const head =
    listed.total === 0
      ? `You have no ${noun}s${forWhom}.`
      : `You have ${plural(listed.total, noun)}${forWhom}${owed}${filter === 'recent' ? ', newest first' : filter === 'overdue' ? ', longest overdue first' : ''}:\n${bullets(described.map((d) => d.line), listed.total)}`
  const href = { overdue: '/crm/invoices/?status=overdue', draft: '/crm/invoices/?status=draft', unpaid: '/crm/invoices/', due: '/crm/invoices/', recent: '/crm/invoices/' }[filter]
  return fastAnswer(`${filter}_invoices`, head, {
    sources: described.map((d) => d.source),
    actions: [{ kind: 'navigate', label: filter === 'overdue' ? 'Open overdue invoices' : 'Open Invoices', href }],
  })
}
