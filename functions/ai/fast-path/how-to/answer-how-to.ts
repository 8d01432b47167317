import type { FastAnswer } from '../../types'
import { can } from '../../../lib/permissions'
import { handledBy, redirectAnswer } from '../data/redirect'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { companyGuides } from './guides-company'
import { fieldGuides } from './guides-field'
import { moneyGuides } from './guides-money'
import type { HowToGuide } from './how-to-guide'

/** Asking how to do something in the app. */
const HOW =
  /\b(?:how (?:do|can|should|would|could|does) (?:i|we|you|one|my \w+)|how to|where (?:do|can|should) (?:i|we)|where(?:'s| is) the (?:button|option|place|page|screen|setting)|what(?:'s| is) the (?:best |easiest |quickest )?way to|is there a way to|is it possible to|steps (?:to|for)|show me how|walk me through|teach me|can (?:i|we))\b/

/**
 * Questions about running the business better, or requests carrying the details of a record
 * to create (an email, an amount, a name): for the model or the action pipeline, not steps.
 */
const NOT_HOW_TO = /\b(?:more|faster|better|improve|increase|reduce|grow|convince|persuade|get (?:customers|clients|people)|why|should i|best practice|price|pricing|charge|cost)\b|@|\$\s?\d|\b(?:named|called)\b/

/** Specific tasks before general ones: "convert a bid into an invoice" is not "create an invoice". */
const byId = new Map([...moneyGuides, ...fieldGuides, ...companyGuides].map((g) => [g.id, g]))
const guides: HowToGuide[] = [
  'convert_bid', 'convert_lead', 'import_customers', 'expense_report', 'export_csv', 'document_pdf', 'expense_receipt',
  'upload_logo', 'job_photo', 'record_payment', 'void_invoice', 'send_invoice', 'send_bid', 'duplicate_bid', 'bid_outcome',
  'edit_invoice', 'create_invoice', 'create_bid', 'fix_time', 'clock_in', 'job_status', 'job_note', 'job_materials',
  'assign_crew', 'create_job', 'invite_member', 'change_role', 'company_profile', 'delete_customer', 'add_property',
  'add_equipment', 'add_customer', 'add_lead', 'email_outbox',
].map((id) => byId.get(id)!)

/**
 * Steps through the CRM for the task asked about, matching the web app's own labels, with a
 * link to the page. Someone whose role does not do that task is told who does. Null when the
 * message is not a how-to question about a CRM task, or the person is not in a company.
 */
export function answerHowTo(ctx: FastContext): FastAnswer | null {
  if (!ctx.role || !HOW.test(ctx.text) || NOT_HOW_TO.test(ctx.text)) return null
  const guide = guides.find((g) => g.match.every((pattern) => pattern.test(ctx.text)))
  if (!guide) return null
  if (!can(ctx.role, guide.permission)) {
    const who = handledBy(guide.permission)
    return redirectAnswer(ctx, `how_to_redirect:${guide.id}`, `In your company, ${who} takes care of that: ask them to ${guide.task}.`)
  }
  const steps = guide.steps.map((step, i) => `${i + 1}. ${step}`).join('\n')
  return fastAnswer(`how_to:${guide.id}`, `To ${guide.task}:\n${steps}`, {
    actions: [{ kind: 'navigate', label: `Open ${guide.page.label}`, href: guide.page.href }],
  })
}
