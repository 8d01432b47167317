/**
 * Rows as they are inserted (snake_case column names, JSON-ready values). json_populate_recordset
 * applies no column defaults, so every NOT NULL column is here; nullable ones left out are null.
 * Timestamps are ISO strings, dates `YYYY-MM-DD`, quantities and hours decimal strings/numbers.
 */

type Stamps = { created_at: string; updated_at: string }

export type CompanyRow = Stamps & {
  id: string
  name: string
  trades: string[]
  state: string
  email: string
  address: string
  tier: 'solo' | 'team' | 'business' | 'enterprise'
  employee_count: number
  ai_visibility_settings: Record<string, never>
  contribute_to_intelligence: boolean
}

export type CustomerRow = Stamps & { id: string; company_id: string; name: string; email: string | null; address: string }

export type PropertyRow = Stamps & {
  id: string
  company_id: string
  customer_id: string
  address: string
  city: string
  state: string
  postal_code: string
  year_built: number
  square_feet: number
}

export type EquipmentRow = Stamps & {
  id: string
  company_id: string
  customer_id: string
  property_id: string
  kind: string
  make: string
  model: string
  serial_number: string
  install_date: string
  warranty_expires_on: string
}

export type JobRow = Stamps & {
  id: string
  company_id: string
  customer_id: string
  property_id: string
  title: string
  trade: string
  job_category: string
  status: 'scheduled' | 'completed' | 'cancelled'
  address: string
  region: string
  scheduled_start: string
  scheduled_end: string
  started_at: string | null
  completed_at: string | null
  cancelled_at: string | null
  estimated_hours: number | null
  actual_hours: number | null
  equipment_id: string | null
  failure_mode: string | null
}

export type MaterialRow = Stamps & {
  id: string
  company_id: string
  job_id: string
  description: string
  quantity: string
  unit: string
  unit_cost_cents: number
  brand: string | null
}

export type BidRow = Stamps & {
  id: string
  company_id: string
  customer_id: string
  job_id: string | null
  number: string
  title: string
  trade: string
  job_category: string
  status: 'sent' | 'accepted' | 'declined' | 'expired'
  subtotal_cents: number
  discount_cents: number
  tax_rate_bps: number
  tax_cents: number
  total_cents: number
  valid_until: string
  created_by_ai: boolean
  sent_at: string
  followed_up_at: string | null
  accepted_at: string | null
  declined_at: string | null
  decline_reason: string | null
}

export type BidLineRow = {
  id: string
  company_id: string
  bid_id: string
  position: number
  description: string
  quantity: string
  unit: string
  unit_price_cents: number
  type: 'labor' | 'material' | 'other'
  total_cents: number
}

export type LeadRow = Stamps & {
  id: string
  company_id: string
  customer_id: string
  name: string
  email: string | null
  source: string
  stage: 'bid_sent' | 'won' | 'lost'
  trade: string
  estimated_value_cents: number
  lost_reason: string | null
}

/** One batch of generated rows, in foreign-key order. */
export type PlatformRows = {
  companies: CompanyRow[]
  customers: CustomerRow[]
  properties: PropertyRow[]
  equipment: EquipmentRow[]
  jobs: JobRow[]
  job_materials: MaterialRow[]
  bids: BidRow[]
  bid_line_items: BidLineRow[]
  leads: LeadRow[]
}

export const tableOrder = ['companies', 'customers', 'properties', 'equipment', 'jobs', 'job_materials', 'bids', 'bid_line_items', 'leads'] as const satisfies readonly (keyof PlatformRows)[]

export const emptyRows = (): PlatformRows => ({
  companies: [],
  customers: [],
  properties: [],
  equipment: [],
  jobs: [],
  job_materials: [],
  bids: [],
  bid_line_items: [],
  leads: [],
})
