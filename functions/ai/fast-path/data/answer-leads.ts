import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm'
import { leads, type leadStages } from '../../../../db/schema'
import { formatCents } from '../../../lib/money'
import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { bullets, LIST_LIMIT, plural } from './format-list'
import { maySee } from './may-see'
import { parseDayRange } from './parse-day-range'
import { redirectAnswer } from './redirect'
import { asksToSee } from './request-shape'
import { localDay, startOfDay } from './zoned-time'

type Stage = (typeof leadStages)[number]

const LEADS = String.raw`(?:leads|(?:new|open|sales|hot|active|fresh) lead)`
const OPEN_STAGES: Stage[] = ['new', 'contacted', 'qualified', 'bid_sent']

/** The stages asked about, and the list's name in the singular and plural. */
function askedStages(text: string): { stages: Stage[]; one: string; many: string } {
  const named = (stages: Stage[], one: string, many = `${one}s`) => ({ stages, one, many })
  if (/\b(?:proposal|bid sent|quoted|quote sent)\b/.test(text)) return named(['bid_sent'], 'lead with a bid out', 'leads with a bid out')
  if (/\bqualified\b/.test(text)) return named(['qualified'], 'qualified lead')
  if (/\bcontacted\b/.test(text)) return named(['contacted'], 'contacted lead')
  if (/\bnew\b/.test(text)) return named(['new'], 'new lead')
  if (/\bwon\b|\bconverted\b/.test(text)) return named(['won'], 'won lead')
  if (/\blost\b/.test(text)) return named(['lost'], 'lost lead')
  return named(OPEN_STAGES, 'open lead')
}

/**
 * Leads in the pipeline (open by default: new, contacted, qualified, bid sent), newest first,
 * optionally those that came in on the days asked about, for people who work the pipeline;
 * estimated values only with revenue data (Layer 6).
 */
export async function answerLeads(ctx: FastContext): Promise<FastAnswer | null> {
  if (!ctx.role || !asksToSee(ctx.text, LEADS)) return null
  if (!maySee.leads(ctx)) return redirectAnswer(ctx, 'leads_redirect', 'Your office works the new leads.')
  const { stages, one, many } = askedStages(ctx.text)
  const range = parseDayRange(ctx.text, localDay(ctx.now, ctx.timeZone))
  const conditions: SQL[] = [eq(leads.companyId, ctx.companyId!), inArray(leads.stage, stages)]
  // "new leads this week": leads that came in during those days.
  if (range) conditions.push(gte(leads.createdAt, startOfDay(range.from, ctx.timeZone)), lt(leads.createdAt, startOfDay(range.to, ctx.timeZone)))
  const where = and(...conditions)
  const [rows, [totals]] = await Promise.all([
    ctx.tx.select().from(leads).where(where).orderBy(desc(leads.createdAt), desc(leads.id)).limit(LIST_LIMIT),
    ctx.tx.select({ total: count() }).from(leads).where(where),
  ])
  const total = totals?.total ?? 0
  const withValues = maySee.leadValues(ctx)
  const lines = rows.map((lead) =>
    [
      `${lead.name} — ${lead.stage.replace('_', ' ')}`,
      lead.source,
      lead.trade?.replace('_', ' '),
      lead.phone,
      withValues && lead.estimatedValueCents !== null ? `est. ${formatCents(lead.estimatedValueCents)}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  )
  const span = range ? ` from ${range.label}` : ''
  const response = total === 0 ? `You have no ${many}${span}.` : `You have ${plural(total, one, many)}${span}, newest first:\n${bullets(lines, total)}`
  return fastAnswer('leads', response, {
    sources: rows.map((lead, i) => ({ kind: 'record', title: lead.name, url: '/crm/leads/', snippet: lines[i]!.slice(lead.name.length + 3) })),
    actions: [{ kind: 'navigate', label: 'Open Leads', href: '/crm/leads/' }],
  })
}
