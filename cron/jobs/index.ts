import type { JobDefinition } from '../job-definition'
import { scheduledTasks } from '../tasks'
import { persistAiExchangeJob } from './persist-ai-exchange'
import { knowledgeIngestJob } from './run-knowledge-ingest'
import { scheduledTaskJob } from './run-scheduled-task'
import { updateMemoryJob } from './update-memory'

/**
 * Every job the worker runs: the chat's follow-up work, each scheduled task, and the
 * knowledge ingest the ops portal starts (kept out of cron/tasks/index.ts, which the API
 * imports, because it reads the corpus from disk).
 */
export const jobDefinitions: JobDefinition<never>[] = [
  persistAiExchangeJob,
  updateMemoryJob,
  ...scheduledTasks.map(scheduledTaskJob),
  knowledgeIngestJob,
] as JobDefinition<never>[]
