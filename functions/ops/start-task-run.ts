import type { JobQueue } from '../../cron/queue'
import { ApiError } from '../lib/errors'

/**
 * Enqueues one run of `task` for the worker, triggered by staff (`ops` in the run log). The
 * pg-boss job and the run's log row share the id `runId`, so the run can be polled
 * (GET /ops/runs/{id}) before a worker has picked it up. The ops routes call it after their
 * transaction has committed (afterCommit): the queue is another connection.
 */
export async function startTaskRun({ jobs, task, runId, data = {} }: {
  jobs: JobQueue
  task: string
  /** A fresh UUID. */
  runId: string
  /** What else the job's payload carries (the ingest's `trade`). */
  data?: object
}): Promise<void> {
  const jobId = await jobs.send(task, { ...data, trigger: 'ops', runId }, { id: runId })
  if (!jobId) {
    throw new ApiError('unavailable', `The job queue ${task} does not exist on this database yet: start the worker once (npm start or npm run worker), then try again.`)
  }
}
