import type { JobDefinition } from '../job-definition'
import { scheduledTasks } from '../tasks'
import { persistAiExchangeJob } from './persist-ai-exchange'
import { scheduledTaskJob } from './run-scheduled-task'
import { updateMemoryJob } from './update-memory'

/** Every job the worker runs: the chat's follow-up work, and each scheduled task. */
export const jobDefinitions: JobDefinition<never>[] = [persistAiExchangeJob, updateMemoryJob, ...scheduledTasks.map(scheduledTaskJob)] as JobDefinition<never>[]
