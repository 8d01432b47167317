import type postgres from 'postgres'
import { z } from 'zod'
import type { Sql } from '../../db/client'
import { trades } from '../../db/schema/companies/values'
import { MIN_SAMPLE, type PatternType } from '../pipelines/privacy'
import { asPipeline } from '../pipelines/write-patterns'
import file from './patterns.json' with { type: 'json' }

const Baseline = z.object({
  pattern_type: z.enum(Object.keys(MIN_SAMPLE) as [PatternType, ...PatternType[]]),
  trade: z.enum(trades),
  region: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  job_category: z.string().regex(/^[a-z0-9_/]+$/),
  data: z.record(z.string(), z.unknown()),
  reference: z.string().min(10),
})

/** The documented industry baselines (cron/baselines/patterns.json), validated once. */
export const baselines = z.object({ patterns: z.array(Baseline) }).parse(file).patterns

/**
 * Inserts the baselines (all, or one pattern type's) whose key no row holds: a computed
 * pattern always wins, and a baseline comes back if the computed row it gave way to is
 * removed. Baselines carry sample size 0 and threshold 0, `source = 'baseline'`, and their
 * reference inside `data`. Returns how many were inserted.
 */
export async function restoreBaselines(tx: postgres.TransactionSql, patternType?: PatternType): Promise<number> {
  const rows = baselines
    .filter((baseline) => !patternType || baseline.pattern_type === patternType)
    .map((baseline) => ({ ...baseline, data: { ...baseline.data, reference: baseline.reference } }))
  if (!rows.length) return 0
  const inserted = await tx`
    insert into public.intelligence_patterns as p (pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, source)
    select b.pattern_type, b.trade, b.region, b.job_category, b.data, 0, null, 0, 'baseline'
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as b(pattern_type text, trade text, region text, job_category text, data jsonb)
    on conflict on constraint intelligence_patterns_key do nothing`
  return inserted.count
}

/** The cold start: every baseline whose key holds no pattern yet, as the pipelines' role. */
export const loadBaselinePatterns = (sql: Sql): Promise<number> => asPipeline(sql, (tx) => restoreBaselines(tx))
