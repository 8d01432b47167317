import { z } from 'zod'
import { corpusTrades } from '../../knowledge/ingest/list-corpus'
import type { JobDefinition } from '../job-definition'
import { createKnowledgeIngestTask } from '../tasks/knowledge-ingest'
import { runTask } from '../tasks/run-task'

export const KnowledgeIngestPayload = z.object({
  /** The run log row's id, handed out when the job was enqueued so the run can be polled. */
  runId: z.uuid().optional(),
  /** Only this trade's folder of the corpus; the whole corpus when absent. */
  trade: z.enum(corpusTrades).optional(),
})
export type KnowledgeIngestPayload = z.infer<typeof KnowledgeIngestPayload>

/**
 * The knowledge ingest as a pg-boss job (no schedule: the ops portal sends it), logged with
 * trigger `ops`. A failed run fails the job so pg-boss retries it; reloading is idempotent.
 */
export const knowledgeIngestJob: JobDefinition<KnowledgeIngestPayload> = {
  name: 'knowledge_ingest',
  payload: KnowledgeIngestPayload,
  async handler(sql, payload, { models, embedder }) {
    const run = await runTask(sql, createKnowledgeIngestTask({ trade: payload.trade }), { trigger: 'ops', runId: payload.runId, asOf: new Date(), models, embedder })
    if (run.status === 'failed') throw new Error(`knowledge_ingest failed: ${run.error}`)
  },
}
