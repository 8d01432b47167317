import type { Sql } from '../db/client'
import { createEmbedder, embeddingSettingsFrom } from '../functions/ai/embeddings/create-embedder'
import type { Embedder } from '../functions/ai/embeddings/types'
import type { ModelProvider } from '../functions/ai/providers/types'
import { log } from '../functions/lib/logger'
import { loadBaselinePatterns } from './baselines/load-baselines'
import { jobDefinitions } from './jobs'
import { closablePgBossOver, pgBossQueue, type JobQueue } from './queue'

export type JobWorker = { queue: JobQueue; stop(): Promise<void> }

/** EMBEDDINGS_PROVIDER's embedder, or none (logged) when its keys are missing: only the ingest job needs it. */
function embedderFromEnvironment(): Embedder | undefined {
  try {
    return createEmbedder(embeddingSettingsFrom(process.env))
  } catch (error) {
    log.warn('jobs.worker.no_embedder', { internal: error instanceof Error ? error.message : String(error) })
    return undefined
  }
}

/**
 * Loads the industry baseline patterns where no pattern exists yet (the cold start), starts
 * pg-boss on `sql` (creating its schema on first run), creates every job's queue and
 * works them in this process, and schedules the ones that have a schedule (UTC), dropping
 * schedules left by jobs that no longer exist. A payload that fails validation fails its job
 * with the reason; handler errors are retried by pg-boss.
 */
export async function startJobWorker(
  sql: Sql,
  options: {
    models: ModelProvider
    /**
     * The knowledge embedder the ingest job loads the corpus with; it must be the API's (the
     * same EMBEDDINGS_PROVIDER). Default: from this process's environment.
     */
    embedder?: Embedder
    pollingIntervalSeconds?: number
    /**
     * Whether pg-boss enqueues the scheduled tasks on their cron (default). Off where Cloudflare
     * cron triggers enqueue them instead (SCHEDULER=cloudflare), so nothing is enqueued twice.
     */
    schedule?: boolean
  },
): Promise<JobWorker> {
  const embedder = options.embedder ?? embedderFromEnvironment()
  /** Handlers working right now, so stop() can wait for them. */
  const running = new Set<Promise<void>>()
  const track = (work: Promise<void>) => {
    running.add(work)
    void work.finally(() => running.delete(work)).catch(() => {})
    return work
  }
  const baselines = await loadBaselinePatterns(sql)
  if (baselines) log.info('patterns.baselines.loaded', { inserted: baselines })
  const { boss, close } = closablePgBossOver(sql)
  /** Set once stop() begins: a batch fetched after that is handed back, not started. */
  let stopping = false
  boss.on('error', (error) => log.error('jobs.worker.error', { internal: error instanceof Error ? error.message : String(error) }))
  await boss.start()
  const queue = pgBossQueue(boss)
  // A schedule whose job no longer exists (renamed or removed) would fill a queue nobody works.
  const known = new Set(jobDefinitions.map((definition) => definition.name))
  for (const stale of (await boss.getSchedules()).filter((schedule) => !known.has(schedule.name))) await boss.unschedule(stale.name)
  for (const definition of jobDefinitions) {
    await boss.createQueue(definition.name, { name: definition.name, retryLimit: 3, retryDelay: 5, retryBackoff: true })
    if (definition.schedule && options.schedule !== false) await boss.schedule(definition.name, definition.schedule, {}, { tz: 'UTC' })
    else if (definition.schedule) await boss.unschedule(definition.name)
    await boss.work(definition.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, batchSize: 5 }, (jobs) =>
      track(
        (async () => {
          // pg-boss fails the batch with this reason and retries it after its delay.
          if (stopping) throw new Error('The job worker was stopping when this job was fetched; it runs again on retry.')
          for (const job of jobs) {
            const started = Date.now()
            const payload = definition.payload.parse(job.data)
            await definition.handler(sql, payload, { models: options.models, queue, embedder })
            log.info('jobs.run.done', { job: definition.name, id: job.id, durationMs: Date.now() - started })
          }
        })(),
      ),
    )
  }
  return {
    queue,
    // pg-boss stops waiting for busy handlers after its timeout, and leaves a fetch on the wire
    // and its last complete/fail unawaited; the caller then ends the pool. So let running
    // handlers finish and pg-boss's last queries settle first (they would fail on a closed pool).
    async stop() {
      stopping = true
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
      await Promise.allSettled(running)
      await close()
    },
  }
}
