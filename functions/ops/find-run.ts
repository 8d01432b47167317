import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { JobQueue } from '../../cron/queue'
import type { Tx } from '../../db/client'
import { notFound } from '../lib/errors'
import { runnableTaskNames } from './runnable-tasks'
import type { OpsRun } from './schemas'
import { runColumns, toRun, type RunRow } from './to-run'

/**
 * One run by id: its log row, or, while the worker has not picked the job up yet, a `queued`
 * run (a job that failed before its run could start, e.g. a refused payload, reads `failed`).
 */
export async function findRun({ tx, jobs, runId }: {
  /** A transaction running as `zafto_ops`. */
  tx: Tx
  /** pg-boss's job states, read before the transaction (queueSnapshot / readQueueFirst). */
  jobs: Pick<JobQueue, 'getJobState'>
  runId: string
}): Promise<z.infer<typeof OpsRun>> {
  const [row] = await tx.execute<RunRow>(sql`select ${runColumns} from public.pipeline_runs where id = ${runId}::uuid`)
  if (row) return toRun(row)
  for (const job of runnableTaskNames()) {
    const state = await jobs.getJobState(job, runId)
    if (!state) continue
    const waiting = state === 'created' || state === 'retry' || state === 'active'
    return {
      id: runId,
      job,
      status: waiting ? 'queued' : 'failed',
      trigger: 'ops',
      startedAt: null,
      finishedAt: null,
      rowsRead: null,
      patternsUpserted: null,
      patternsRemoved: null,
      groupsSkipped: null,
      details: {},
      error: waiting ? null : `The job ended (${state}) before its run started; the worker log has the reason.`,
    }
  }
  throw notFound('Run')
}
