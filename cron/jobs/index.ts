import type { JobDefinition } from '../job-definition'
import { consolidateMemoryJob } from './consolidate-memory'
import { persistAiExchangeJob } from './persist-ai-exchange'
import { updateMemoryJob } from './update-memory'

/** Every job the worker runs. */
export const jobDefinitions: JobDefinition<never>[] = [persistAiExchangeJob, updateMemoryJob, consolidateMemoryJob] as JobDefinition<never>[]
