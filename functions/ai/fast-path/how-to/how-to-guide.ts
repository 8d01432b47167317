import type { Permission } from '../../../lib/permissions'

/** Steps through the CRM for one task, as the web app shows it. */
export type HowToGuide = {
  id: string
  /** The task after "To" or "ask them to": `add photos to a job`. */
  task: string
  /** Every pattern must match the question. */
  match: RegExp[]
  steps: string[]
  page: { label: string; href: string }
  /** Who may do it; anyone else is pointed to the people who can. */
  permission: Permission
}

/**
 * A verb with its object at most `gap` words later ("send the invoice", "add a new job"), so
 * "add a subpanel to an existing job" is not "add a job".
 *
 * @example near('send|email', 'invoices?').test('how do i email an invoice') // true
 */
export const near = (verbs: string, nouns: string, gap = 3) => new RegExp(String.raw`\b(?:${verbs})\b(?:\s+\S+){0,${gap}}?\s+(?:${nouns})\b`)

/** A pattern matching when any of `patterns` does. */
export const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'))
