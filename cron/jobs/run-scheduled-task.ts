import { z } from 'zod'
import type { JobDefinition } from '../job-definition'
import { runTask } from '../tasks/run-task'
import type { ScheduledTask } from '../tasks/scheduled-task'

export const ScheduledTaskPayload = z.object({
  /** Compute as of this moment instead of now (ISO 8601); for reruns of a missed night. */
  asOf: z.iso.datetime({ offset: true }).optional(),
  /** Who asked: the schedule (default) or platform staff from the ops portal ("run now"). */
  trigger: z.enum(['schedule', 'ops']).optional(),
  /** The run log row's id, handed out when the job was enqueued so the run can be polled. */
  runId: z.uuid().optional(),
})
export type ScheduledTaskPayload = z.infer<typeof ScheduledTaskPayload>

/**
 * A scheduled task as a pg-boss job of the same name. A failed run (logged by runTask) fails
 * the job so pg-boss retries it; a run skipped because another is in progress succeeds.
 */
export const scheduledTaskJob = (task: ScheduledTask): JobDefinition<ScheduledTaskPayload> => ({
  name: task.name,
  payload: ScheduledTaskPayload,
  schedule: task.schedule,
  async handler(sql, payload, { models, embedder }) {
    const run = await runTask(sql, task, {
      trigger: payload.trigger ?? 'schedule',
      runId: payload.runId,
      asOf: payload.asOf ? new Date(payload.asOf) : new Date(),
      models,
      embedder,
    })
    if (run.status === 'failed') throw new Error(`${task.name} failed: ${run.error}`)
  },
})
