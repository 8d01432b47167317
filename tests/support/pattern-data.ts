import { createSql, type Sql } from '../../db/client'
import { startEmbeddedDatabase } from '../../db/embedded'
import { applyMigrations } from '../../db/migrate'

/**
 * Hand-made tenant data for the pattern pipeline tests, written straight into a fresh
 * embedded database with the migration role (the pipelines read it as their own role).
 */
export type PatternDb = { sql: Sql; url: string; stop(): Promise<void> }

export async function startPatternDb(): Promise<PatternDb> {
  const db = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 })
  const sql = createSql(db.url)
  await applyMigrations(sql)
  return {
    sql,
    url: db.url,
    async stop() {
      await sql.end()
      await db.stop()
    },
  }
}

export type Site = { companyId: string; customerId: string; propertyId: string }

export async function addCompany(sql: Sql, options: { name: string; state: string; employees?: number; contributes?: boolean }): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into public.companies (name, trades, state, employee_count, contribute_to_intelligence)
    values (${options.name}, '{electrical,plumbing,hvac}', ${options.state}, ${options.employees ?? 1}, ${options.contributes ?? true}) returning id`
  return row!.id
}

/** A customer with one property at `zip` in `state`. */
export async function addSite(sql: Sql, companyId: string, options: { state: string; zip: string }): Promise<Site> {
  const [customer] = await sql<{ id: string }[]>`insert into public.customers (company_id, name) values (${companyId}, 'Homeowner') returning id`
  const [property] = await sql<{ id: string }[]>`
    insert into public.properties (company_id, customer_id, address, state, postal_code)
    values (${companyId}, ${customer!.id}, '1 Main St', ${options.state}, ${options.zip}) returning id`
  return { companyId, customerId: customer!.id, propertyId: property!.id }
}

export async function addCompletedJob(
  sql: Sql,
  site: Site,
  options: { trade: string; category: string | null; hours: number | null; estimate?: number | null; completedAt: string; equipmentId?: string; failureMode?: string },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into public.jobs (company_id, customer_id, property_id, title, trade, job_category, status, completed_at, actual_hours, estimated_hours, equipment_id, failure_mode)
    values (${site.companyId}, ${site.customerId}, ${site.propertyId}, 'Job', ${options.trade}, ${options.category}, 'completed', ${options.completedAt}::timestamptz,
            ${options.hours}, ${options.estimate ?? null}, ${options.equipmentId ?? null}, ${options.failureMode ?? null})
    returning id`
  return row!.id
}

export async function addMaterial(sql: Sql, site: Site, jobId: string, options: { description: string; unitCostCents: number; brand?: string }): Promise<void> {
  await sql`
    insert into public.job_materials (company_id, job_id, description, quantity, unit_cost_cents, brand)
    values (${site.companyId}, ${jobId}, ${options.description}, 1, ${options.unitCostCents}, ${options.brand ?? null})`
}

let bidNumber = 0

/** A sent bid for `totalCents` with labor/material/other lines, decided or still open. */
export async function addBid(
  sql: Sql,
  site: Site,
  options: {
    trade: string
    category: string
    totalCents: number
    status: 'sent' | 'accepted' | 'declined' | 'expired'
    sentAt: string
    createdAt?: string
    followedUp?: boolean
    lines?: { labor: number; material: number; other: number }
  },
): Promise<string> {
  const lines = options.lines ?? { labor: options.totalCents, material: 0, other: 0 }
  const [row] = await sql<{ id: string }[]>`
    insert into public.bids (company_id, customer_id, number, trade, job_category, status, subtotal_cents, total_cents, sent_at, followed_up_at, created_at)
    values (${site.companyId}, ${site.customerId}, ${`B-${++bidNumber}`}, ${options.trade}, ${options.category}, ${options.status}, ${options.totalCents}, ${options.totalCents},
            ${options.sentAt}::timestamptz, ${options.followedUp ? options.sentAt : null}::timestamptz, ${options.createdAt ?? options.sentAt}::timestamptz)
    returning id`
  let position = 0
  for (const type of ['labor', 'material', 'other'] as const) {
    if (!lines[type]) continue
    await sql`
      insert into public.bid_line_items (company_id, bid_id, position, description, quantity, unit_price_cents, type, total_cents)
      values (${site.companyId}, ${row!.id}, ${position++}, ${type}, 1, ${lines[type]}, ${type}, ${lines[type]})`
  }
  return row!.id
}

export async function addLead(sql: Sql, site: Site, createdAt: string): Promise<void> {
  await sql`insert into public.leads (company_id, name, customer_id, created_at) values (${site.companyId}, 'Lead', ${site.customerId}, ${createdAt}::timestamptz)`
}

export async function addEquipment(sql: Sql, site: Site, options: { kind: string; make: string; model: string; installedOn: string }): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into public.equipment (company_id, customer_id, property_id, kind, make, model, install_date)
    values (${site.companyId}, ${site.customerId}, ${site.propertyId}, ${options.kind}, ${options.make}, ${options.model}, ${options.installedOn}::date)
    returning id`
  return row!.id
}

/** The pattern table as comparable rows (everything but the wall-clock updated_at). */
export async function patternRows(sql: Sql, patternType?: string) {
  return sql<{ pattern_type: string; trade: string; region: string | null; job_category: string | null; data: Record<string, unknown>; sample_size: number; confidence: number | null; source: string }[]>`
    select id, pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, source, last_computed_at, created_at
    from public.intelligence_patterns
    where ${patternType ? sql`pattern_type = ${patternType}` : sql`true`}
    order by pattern_type, trade, region nulls first, job_category`
}

/** Linear-interpolation percentile, as Postgres's percentile_cont computes it. */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const position = fraction * (sorted.length - 1)
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower)
}

/** Rounded as the pipelines store figures. */
export const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places

/** The documented confidence: n/(n+50) over 1 + IQR/median. */
export const measureConfidence = (values: number[]) => {
  const [p25, p50, p75] = [0.25, 0.5, 0.75].map((f) => percentile(values, f)) as [number, number, number]
  return round(values.length / (values.length + 50) / (1 + Math.abs(p75 - p25) / Math.abs(p50)), 3)
}
