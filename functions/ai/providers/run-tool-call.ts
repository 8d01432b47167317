import { log } from '../../lib/logger'
import type { ModelTool } from './types'

/** Tool rounds per answer; after the last one the model is asked to answer with what it has. */
export const maxToolRounds = 4

export type ToolOutcome = { content: string; isError: boolean }

/**
 * Runs the tool the model asked for and turns its result into the text sent back to the model.
 * A failing or unknown tool becomes an error result the model can explain, never an exception:
 * its details stay in the log, not in the prompt.
 */
export async function runToolCall(tools: ModelTool[], name: string, input: unknown): Promise<ToolOutcome> {
  const tool = tools.find((candidate) => candidate.name === name)
  if (!tool) return { content: `There is no tool named ${name}.`, isError: true }
  try {
    const result = await tool.run(input)
    return { content: typeof result === 'string' ? result : JSON.stringify(result ?? null), isError: false }
  } catch (error) {
    log.warn('ai.tool.failed', { tool: name, internal: error instanceof Error ? error.message : String(error) })
    return { content: 'This lookup failed; answer without it and say so.', isError: true }
  }
}
