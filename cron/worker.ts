import type { Sql } from '../db/client'
import { log } from '../functions/lib/logger'
import { jobDefinitions } from './jobs'
import { pgBossOver, pgBossQueue, type JobQueue } from './queue'

export type JobWorker = { queue: JobQueue; stop(): Promise<void> }

/**
 * Starts pg-boss on `sql` (creating its schema on first run), creates every job's queue and
 * works them in this process. A payload that fails validation fails its job with the reason;
 * handler errors are retried by pg-boss.
 */
export async function startJobWorker(sql: Sql, options: { pollingIntervalSeconds?: number } = {}): Promise<JobWorker> {
  const boss = pgBossOver(sql)
  boss.on('error', (error) => log.error('jobs.worker.error', { internal: error instanceof Error ? error.message : String(error) }))
  await boss.start()
  for (const definition of jobDefinitions) {
    await boss.createQueue(definition.name, { name: definition.name, retryLimit: 3, retryDelay: 5, retryBackoff: true })
    await boss.work(definition.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, batchSize: 5 }, async (jobs) => {
      for (const job of jobs) {
        const started = Date.now()
        const payload = definition.payload.parse(job.data)
        await definition.handler(sql, payload)
        log.info('jobs.run.done', { job: definition.name, id: job.id, durationMs: Date.now() - started })
      }
    })
  }
  return {
    queue: pgBossQueue(boss),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  }
}
