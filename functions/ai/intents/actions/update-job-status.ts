import { z } from '@hono/zod-openapi'
import { changeJobStatus } from '../../../jobs/change-job-status'
import { nextJobStatuses } from '../../../jobs/job-status'
import { seesMaterialCosts } from '../../../jobs/to-job-material'
import { can } from '../../../lib/permissions'
import type { IntentAction } from '../intent-action'
import { quoted, spokenList } from '../parse/text'
import { resolveJob } from '../resolve/resolve-job'
import { whoMay } from '../who-may'

type TargetStatus = 'in_progress' | 'completed' | 'cancelled'

const STATUS_WORDS = 'complete|completed|done|finished|in progress|in-progress|started|underway|cancelled|canceled|closed'
const VERB_WORDS = 'start|started|begin|began|complete|completed|finish|finished|close out|closed out|wrap up|wrapped up|cancel|cancelled|canceled'
const FORMS = [
  // "mark job Replace water heater complete", "set the Parker job to in progress"
  new RegExp(`^(?:mark|set|move|change|update|put|flag)\\s+(?<job>.+?)\\s+(?:as\\s+|to\\s+)?(?<status>${STATUS_WORDS})$`, 'i'),
  // "complete the water heater job", "start job Replace water heater", "I finished the Parker job"
  new RegExp(`^(?:(?:i|we)\\s+(?:just\\s+|have\\s+)?)?(?<status>${VERB_WORDS})\\s+(?:work\\s+on\\s+|on\\s+)?(?<job>.+)$`, 'i'),
  // "the Parker job is done"
  new RegExp(`^(?<job>.+?)\\s+is\\s+(?:now\\s+)?(?<status>${STATUS_WORDS})$`, 'i'),
]

function targetStatus(word: string): TargetStatus {
  const w = word.toLowerCase()
  if (/^(?:start|began|begin|in.progress|underway)/.test(w)) return 'in_progress'
  if (/^cancel/.test(w)) return 'cancelled'
  return 'completed'
}

const spoken = (status: string) => status.replace('_', ' ')

const Params = z
  .object({
    jobId: z.uuid(),
    jobTitle: z.string(),
    customerName: z.string(),
    status: z.enum(['in_progress', 'completed', 'cancelled']),
  })
  .strict()

/** "mark job Replace water heater complete" → the job's next status, as the status route moves it. */
export const updateJobStatusIntent: IntentAction<typeof Params> = {
  action: 'update_job_status',
  permission: 'jobs:work',
  params: Params,
  redirect: (who) => `Job statuses are changed by ${who}.`,
  recognize(message) {
    for (const form of FORMS) {
      const groups = form.exec(message)?.groups
      // Only a phrase that says "job": "mark INV-0012 done" is not about a job.
      if (groups?.job && /\bjob\b/i.test(groups.job)) return { job: groups.job, status: groups.status }
    }
    return null
  },
  async translate(context, parts) {
    const status = targetStatus(parts.status ?? '')
    if (status === 'cancelled' && !can(context.role, 'jobs:write')) {
      return { redirect: `Cancelling a job is a scheduling decision for ${whoMay('jobs:write')}. Ask them, or tell me what happened and I can mark it in progress or complete instead.` }
    }
    const job = await resolveJob(context.tx, context.companyId, parts.job ?? '')
    if (!('found' in job)) return job
    const { id, title, customerName, status: current } = job.found
    const allowed = nextJobStatuses[current]
    if (!allowed.includes(status)) {
      const next = allowed.length ? ` From ${spoken(current)} it can go to ${spokenList(allowed.map(spoken))}.` : ' Its status can no longer change.'
      return { clarify: `${quoted(title)} for ${customerName} is ${spoken(current)}, so it cannot become ${spoken(status)}.${next}` }
    }
    return { params: { jobId: id, jobTitle: title, customerName, status } }
  },
  summarize: ({ jobTitle, customerName, status }) => `Mark job ${quoted(jobTitle)} for ${customerName} ${spoken(status)}`,
  async execute(scope, { jobId, status }) {
    const job = await changeJobStatus({ ...scope, jobId, status, mayCancel: can(scope.role, 'jobs:write'), showCosts: seesMaterialCosts(scope.role) })
    return { entityType: 'job', id: job.id, href: `/crm/jobs/view/?id=${job.id}`, message: `${quoted(job.title)} is now ${spoken(job.status)}.` }
  },
}
