import { ApiError } from '../lib/errors'
import type { JobStatus } from './schemas'

/** The job life cycle: scheduled → in_progress → completed, and cancelled from either open state. */
export const nextJobStatuses: Record<JobStatus, readonly JobStatus[]> = {
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
}

/** The timestamp column each status sets when a job enters it. */
export const statusTimestamp = {
  in_progress: 'startedAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
} as const satisfies Partial<Record<JobStatus, string>>

const label = (status: JobStatus) => status.replace('_', ' ')

/** Refuses a move the life cycle does not allow, saying which moves it does allow. */
export function assertJobTransition(from: JobStatus, to: JobStatus): asserts to is Exclude<JobStatus, 'scheduled'> {
  const allowed = nextJobStatuses[from]
  if (allowed.includes(to)) return
  if (allowed.length === 0) {
    throw new ApiError('conflict', `This job is ${label(from)}; its status can no longer change.`)
  }
  const options = allowed.map((s) => `"${s}"`).join(' or ')
  const what = from === to ? `This job is already ${label(from)}.` : `A ${label(from)} job cannot become ${label(to)}.`
  throw new ApiError('conflict', `${what} From ${label(from)} it can move to ${options}.`)
}
