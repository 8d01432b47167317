import type { JobDefinition } from '../job-definition'
import { persistAiExchangeJob } from './persist-ai-exchange'

/** Every job the worker runs. */
export const jobDefinitions: JobDefinition<never>[] = [persistAiExchangeJob as JobDefinition<never>]
