import type postgres from 'postgres'
import { createBidBase } from '../pipelines/bid-base'
import { computeBidPricingPatterns } from '../pipelines/bid-pricing'
import { computeBidWinRatePatterns } from '../pipelines/bid-win-rate'
import { computeEquipmentLifespanPatterns } from '../pipelines/equipment-lifespan'
import { computeFailurePatterns } from '../pipelines/failure-patterns'
import { computeJobDurationPatterns } from '../pipelines/job-duration'
import { computeMaterialCostPatterns } from '../pipelines/material-cost'
import { addCounts, asPipeline, type WriteCounts } from '../pipelines/write-patterns'
import { scheduleOf, type TaskName } from './schedules'
import type { ScheduledTask, TaskResult } from './scheduled-task'

type Computed = WriteCounts & { rowsRead: number; details?: Record<string, unknown> }

const resultOf = ({ rowsRead, upserted, removed, skipped, details }: Computed): TaskResult => ({
  rowsRead,
  patternsUpserted: upserted,
  patternsRemoved: removed,
  groupsSkipped: skipped,
  details,
})

/** A pattern pipeline as a task: one transaction as the pipeline role; all or nothing. */
const patternTask = (name: TaskName, summary: string, compute: (tx: postgres.TransactionSql, asOf: Date) => Promise<Computed>): ScheduledTask => ({
  name,
  schedule: scheduleOf(name),
  summary,
  run: async (sql, { asOf }) => resultOf(await asPipeline(sql, (tx) => compute(tx, asOf))),
})

export const patternTasks: ScheduledTask[] = [
  patternTask('compute_job_duration_patterns', 'Job duration patterns: hours and estimate accuracy of completed jobs.', computeJobDurationPatterns),
  patternTask('compute_bid_pricing_patterns', 'Bid pricing patterns: bid amounts and cost shares (win rates are kept; the weekly win-rate run refreshes them).', async (tx, asOf) => {
    const rowsRead = await createBidBase(tx, asOf)
    return { rowsRead, ...(await computeBidPricingPatterns(tx, asOf, { recomputeWinRates: false })) }
  }),
  patternTask('compute_material_cost_patterns', 'Material cost patterns: unit costs of the last year, 6-month trend, brands, regional index.', computeMaterialCostPatterns),
  patternTask('compute_equipment_lifespan_patterns', 'Equipment lifespan patterns: install to replacement on the same property.', computeEquipmentLifespanPatterns),
  patternTask('compute_failure_patterns', 'Failure patterns: repairs by equipment kind, brand and age.', computeFailurePatterns),
  patternTask('compute_bid_win_rate_patterns', 'Bid win rates by response time and follow-up, and the price-quartile win rates of bid pricing.', async (tx, asOf) => {
    const rowsRead = await createBidBase(tx, asOf)
    const winRates = await computeBidWinRatePatterns(tx, asOf)
    const pricing = await computeBidPricingPatterns(tx, asOf, { recomputeWinRates: true })
    return { rowsRead, ...addCounts(winRates, pricing), details: { bid_win_rate: winRates, bid_pricing: pricing } }
  }),
]
