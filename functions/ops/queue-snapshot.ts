import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import type { JobQueue } from '../../cron/queue'
import type { AppEnv } from '../lib/context'
import { ApiError } from '../lib/errors'
import { isPlatformOps } from '../lib/ops'
import { runnableTaskNames } from './runnable-tasks'

/** What the ops loaders read from pg-boss, answered from a snapshot taken before the transaction. */
export type QueueReader = Pick<JobQueue, 'getSchedules' | 'getJobState'>

const snapshots = new WeakMap<Context, QueueReader>()

/**
 * pg-boss's schedules, read now: pass the result as `jobs` to loadPipelineStatus inside
 * runAsOps. pg-boss lives outside what `zafto_ops` may read, so the queue answers on another
 * connection, and the embedded database (PGlite) runs one transaction at a time: asking it
 * while the ops transaction is open would wait forever.
 *
 * @example const jobs = await snapshotSchedules(services.jobs); await runAsOps(db, user, (tx) => loadPipelineStatus({ tx, jobs }))
 */
export async function snapshotSchedules(jobs: JobQueue): Promise<Pick<JobQueue, 'getSchedules'>> {
  const schedules = await jobs.getSchedules()
  return { getSchedules: async () => schedules }
}

/** Where the queue's answers for job `runId` (in every task's queue) come from while the transaction is open. */
async function snapshotJobStates(jobs: JobQueue, runId: string): Promise<Pick<JobQueue, 'getJobState'>> {
  const states = new Map<string, Awaited<ReturnType<JobQueue['getJobState']>>>()
  if (z.uuid().safeParse(runId).success) {
    for (const name of runnableTaskNames()) states.set(name, await jobs.getJobState(name, runId))
  }
  return { getJobState: async (name, id) => (id === runId ? (states.get(name) ?? null) : null) }
}

const unread = async () => {
  throw new Error('This ops route did not read the queue before its transaction (readQueueFirst).')
}

/**
 * Reads what a route needs from pg-boss before opsTransaction opens (see snapshotSchedules
 * for why), for staff only: anyone else gets the same 403 as from opsTransaction, before the
 * queue is asked anything. `read` gets the route's path parameters.
 */
export const readQueueFirst = (read: 'schedules' | 'jobState') =>
  createMiddleware<AppEnv>(async function readQueueBeforeTransaction(c, next) {
    if (!isPlatformOps(c.get('user'))) throw new ApiError('forbidden', 'This is for ZAFTO platform staff only.')
    const jobs = c.get('services').jobs
    const snapshot = read === 'schedules' ? await snapshotSchedules(jobs) : await snapshotJobStates(jobs, c.req.param('runId') ?? '')
    snapshots.set(c, { getSchedules: unread, getJobState: unread, ...snapshot })
    await next()
  })

/** The queue as readQueueFirst saw it, for the route's handler. */
export function queueSnapshot(c: Context<AppEnv>): QueueReader {
  const snapshot = snapshots.get(c)
  if (!snapshot) throw new Error('readQueueFirst must run before this ops route.')
  return snapshot
}
