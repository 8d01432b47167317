/**
 * The vocabulary Z's pipeline shares: who is asking (Layer 1), what they may be told
 * (Layer 6), how a question is routed, and what an answer carries.
 */
import { personas, type MemberRole } from '../../db/schema'

export { personas }
export type Persona = (typeof personas)[number]

export const platforms = ['web_crm', 'client_portal', 'ops_portal', 'mobile'] as const
export type Platform = (typeof platforms)[number]

export const tiers = ['fast', 'balanced', 'deep'] as const
export type Tier = (typeof tiers)[number]

/** What kind of question it is; decides the tier and how the context budget is split. */
export const queryTypes = [
  'greeting',
  'app_help',
  'conversion',
  'lookup',
  'record_list',
  'trade_general',
  'drafting',
  'summary',
  'diagnosis',
  'code_interpretation',
  'business_analysis',
  'calculation',
  'safety',
] as const
export type QueryType = (typeof queryTypes)[number]

export type Route = {
  tier: Tier
  queryType: QueryType
  /** One sentence a person can read: why this tier. */
  reason: string
  /** Gas, energized work, structural, fire, CO, trenching...: always deep, always careful. */
  safetyCritical: boolean
}

/** Layer 6 categories of what Z may reveal, from the ZAFTO visibility matrix. */
export const visibilityCategories = [
  'pricing_intelligence',
  'time_benchmarks',
  'margin_data',
  'bid_win_rates',
  'material_costs',
  'equipment_lifespan',
  'failure_diagnostics',
  'code_compliance',
  'customer_payment_history',
  'employee_performance',
  'revenue_data',
  'regional_comparables',
] as const
export type VisibilityCategory = (typeof visibilityCategories)[number]

/** true = Z may put this category of data in the prompt for this person. */
export type VisibilityMask = Record<VisibilityCategory, boolean>

/** The roles the visibility matrix has a column for. */
export type VisibilityRole = MemberRole | 'homeowner'

export type CompanyIdentity = {
  id: string
  name: string
  trades: string[]
  state: string | null
  tier: string
  employeeCount: number | null
  licenseNumber: string | null
}

/** Layer 1: who is asking, from the database (never from the request body). */
export type Identity = {
  userId: string
  email: string | null
  persona: Persona
  /** Company role, or 'homeowner' / 'ops' for people outside a company. */
  role: VisibilityRole | 'ops'
  memberTitle: string | null
  certifications: { name: string; number?: string; state?: string; expiresOn?: string }[]
  company: CompanyIdentity | null
  platform: Platform
}

/** A source shown under an answer: a record, a knowledge document, a code section, a pattern. */
export type Source = {
  kind: 'record' | 'knowledge' | 'code' | 'pattern'
  title: string
  /** A CRM path (`/crm/jobs/view/?id=...`) or a publisher's deep link. */
  url?: string
  snippet?: string
}

/** A chip under an answer: open a page, or ask a follow-up. */
export type SuggestedAction = { label: string; kind: 'navigate'; href: string } | { label: string; kind: 'ask'; message: string }

/** A write Z proposed from language; it runs only after POST /ai/intents/{id}/confirm. */
export type PendingIntent = {
  id: string
  action: string
  summary: string
  params: Record<string, unknown>
  expiresAt: string
}

/** An answer made without a model (greetings, help, data questions, conversions). */
export type FastAnswer = {
  response: string
  sources: Source[]
  suggestedActions: SuggestedAction[]
  /** A short name of what was answered (`overdue_invoices`, `greeting`...), for logs and tests. */
  kind: string
}
