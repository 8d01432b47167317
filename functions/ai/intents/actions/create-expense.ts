import { z } from '@hono/zod-openapi'
import { expenseCategories } from '../../../../db/schema'
import { IsoDate } from '../../../documents/document-schemas'
import { createExpense } from '../../../expenses/create-expense'
import { ExpenseInput, MAX_EXPENSE_CENTS } from '../../../expenses/schemas'
import { formatCents } from '../../../lib/money'
import type { IntentAction } from '../intent-action'
import { findDay, spokenDay } from '../parse/days'
import { findAmounts, withoutAmounts } from '../parse/money'
import { capitalize, quoted, spokenList, trimPhrase } from '../parse/text'
import { resolveJob } from '../resolve/resolve-job'
import { validated } from '../validated'

type Category = (typeof expenseCategories)[number]

const FORMS = [
  /^(?:log|add|record|enter|create|new|file|submit|put in|track|save)\b.*\bexpenses?\b/i,
  /^(?:i\s+|we\s+)?(?:just\s+)?(?:spent|paid)\b/i,
  /^(?:log|record|add|enter)\s+(?:a\s+)?(?:\$\s?\d|\d+(?:\.\d+)?\s?(?:dollars?|bucks)\b)/i,
]

/** Words that name a category (the category names themselves, and their everyday synonyms). */
const CATEGORY_WORDS: [RegExp, Category][] = [
  [/\b(?:materials?|supplies|supply|parts)\b/i, 'materials'],
  [/\b(?:fuel|gas(?:oline)?|diesel)\b/i, 'fuel'],
  [/\btools?\b/i, 'tools'],
  [/\blabou?r\b/i, 'labor'],
  [/\b(?:sub-?contract(?:or|ors|ing)?|subs?)\b/i, 'subcontractor'],
  [/\bpermits?\b/i, 'permits'],
  [/\b(?:other|misc(?:ellaneous)?)\b/i, 'other'],
]
const CATEGORY_ONLY = new RegExp(`^(?:${['materials?', 'supplies', 'parts', 'fuel', 'gas', 'tools?', 'labou?r', 'subcontractors?', 'permits?', 'other', 'misc'].join('|')})$`, 'i')

const VENDOR = /\b(?:at|from)\s+(?<vendor>.+?)(?=\s+(?:for|on|in|today|yesterday|this|last|under|as|category)\b|[,;]|$)/i
const PURPOSE = /\b(?:for|on)\s+(?<purpose>.+?)(?=\s+(?:at|from|today|yesterday|under|as|category)\b|[,;]|$)/i
const JOB = /\b(?:on|for|to)\s+(?<job>(?:the\s+)?[\w\s'&-]+?\s+job|job\s+[\w\s'&-]+?)(?=[,;]|\s+(?:at|from|for)\b|$)/i

const Params = z
  .object({
    amountCents: z.number().int().positive().max(MAX_EXPENSE_CENTS, { error: `One expense is at most ${formatCents(MAX_EXPENSE_CENTS)}.` }),
    category: z.enum(expenseCategories),
    vendor: z.string().trim().min(1).max(200).nullable(),
    description: z.string().trim().min(1).max(2000).nullable(),
    incurredOn: IsoDate,
    jobId: z.uuid().nullable(),
    jobTitle: z.string().nullable(),
  })
  .strict()

function categoriesIn(text: string): Category[] {
  return [...new Set(CATEGORY_WORDS.filter(([pattern]) => pattern.test(text)).map(([, category]) => category))]
}

/** "log a $45.20 expense at Home Depot for materials" → an expense the caller spent. */
export const createExpenseIntent: IntentAction<typeof Params> = {
  action: 'create_expense',
  permission: 'expenses:write',
  params: Params,
  redirect: (who) => `Expenses are recorded by ${who}.`,
  recognize: (message) => (FORMS.some((form) => form.test(message)) ? { text: message } : null),
  async translate(context, parts) {
    const message = parts.text ?? ''
    const amounts = findAmounts(message)
    if (amounts.length === 0) return { clarify: 'How much was the expense? e.g. "log a $45.20 expense at Home Depot for materials".' }
    if (amounts.length > 1) {
      return { clarify: `I see ${spokenList(amounts.map((a) => formatCents(a.cents)), 'and')}. I log one expense at a time: which amount is this one, and what was it for?` }
    }
    let text = withoutAmounts(message, amounts)
    const day = findDay(text, context.today, 'past')
    if (day) text = `${text.slice(0, day.index)} ${text.slice(day.end)}`
    let jobId: string | null = null
    let jobTitle: string | null = null
    const jobPhrase = JOB.exec(text)?.groups?.job
    if (jobPhrase) {
      const job = await resolveJob(context.tx, context.companyId, jobPhrase)
      if (!('found' in job)) return job
      ;({ id: jobId, title: jobTitle } = job.found)
      text = text.replace(jobPhrase, ' ')
    }
    const vendor = trimPhrase(VENDOR.exec(text)?.groups?.vendor ?? '') || null
    const rest = vendor ? text.replace(vendor, ' ') : text
    const purpose = trimPhrase(PURPOSE.exec(rest)?.groups?.purpose ?? '')
    const categories = categoriesIn(rest.replace(/\bexpenses?\b/gi, ' '))
    const [category, ...others] = categories
    const choices = spokenList([...expenseCategories])
    if (!category) return { clarify: `Which category is the ${formatCents(amounts[0]!.cents)} expense: ${choices}?` }
    if (others.length > 0) return { clarify: `Is the ${formatCents(amounts[0]!.cents)} expense ${spokenList(categories)}? Pick one: ${choices}.` }
    const description = purpose && !CATEGORY_ONLY.test(purpose) ? capitalize(purpose) : null
    return {
      params: { amountCents: amounts[0]!.cents, category, vendor, description, incurredOn: day?.date ?? context.today, jobId, jobTitle },
    }
  },
  summarize: ({ amountCents, category, vendor, description, incurredOn, jobTitle }) =>
    `Log a ${formatCents(amountCents)} ${category} expense${vendor ? ` at ${vendor}` : ''}${description ? ` (${description})` : ''} on ${spokenDay(incurredOn)}` +
    (jobTitle ? `, on job ${quoted(jobTitle)}` : ''),
  async execute(scope, { amountCents, category, vendor, description, incurredOn, jobId }) {
    const expense = await createExpense({ ...scope, input: validated(ExpenseInput, { amountCents, category, vendor, description, incurredOn, jobId }) })
    return { entityType: 'expense', id: expense.id, href: '/crm/expenses/', message: `Logged a ${formatCents(expense.amountCents)} ${expense.category} expense.` }
  },
}
