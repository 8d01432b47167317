import type { AuthUser, Services } from '../../lib/context'
import { buildPrompt, promptSources, sourcesConflict, type GatheredContext, type Prompt } from '../assemble-context'
import { describePattern, sayGap } from '../layers/load-patterns'
import { costUsd } from '../providers/cost-usd'
import type { Grounding, ModelResult } from '../providers/types'
import { detectHedging, escalateTier } from '../routing'
import { buildTools } from '../tools'
import type { Source, Tier } from '../types'

export type ModelAnswer = {
  text: string
  model: string
  tier: Tier
  inputTokens: number
  outputTokens: number
  costUsd: number | null
  escalated: boolean
  uncertain: boolean
  sources: Source[]
  offline: boolean
}

const uncertaintyNote =
  "\n\nI'm not fully confident on this one. Check it against the code edition your jurisdiction adopted, the manufacturer's instructions or your inspector before relying on it."

/** What the offline provider may answer from: the retrieved knowledge, its citations, the patterns and what they lack. */
function groundingOf(prompt: Prompt): Grounding {
  return {
    knowledge: prompt.knowledge.map((hit) => ({ title: hit.title, snippet: hit.content.slice(0, 600) })),
    citations: prompt.knowledge.flatMap((hit) => hit.citations.map((c) => ({ label: c.label, url: c.url }))),
    patterns: prompt.patterns.map((pattern) => ({ phrase: describePattern(pattern) })),
    patternGaps: prompt.patternGaps.map(sayGap),
  }
}

/**
 * Asks the model at the routed tier, escalating one tier before the call when sources
 * conflict and after it when the answer hedges; a deep answer that still hedges is
 * returned with the uncertainty flag and a note. The model gets read-only tools only.
 * `onReset` tells a streaming client to discard the text of an answer being replaced.
 */
export async function answerWithModel(options: {
  services: Services
  user: AuthUser
  requestId: string
  context: GatheredContext
  onText?: (delta: string) => void
  onReset?: () => void
}): Promise<ModelAnswer> {
  const { services, user, requestId, context, onText, onReset } = options
  const provider = services.models
  let tier = context.route.tier
  let escalated = false
  if (sourcesConflict(context.knowledge)) {
    const stronger = escalateTier(tier)
    if (stronger) [tier, escalated] = [stronger, true]
  }
  const tools = buildTools({ services, user, requestId, identity: context.identity, mask: context.mask })
  let inputTokens = 0
  let outputTokens = 0
  let cost: number | null = 0
  for (;;) {
    const prompt = buildPrompt(context, tier)
    const request = { tier, system: prompt.system, messages: prompt.messages, tools, maxTokens: prompt.plan.slots.response, grounding: groundingOf(prompt) }
    const result: ModelResult = onText ? await provider.stream(request, onText) : await provider.complete(request)
    inputTokens += result.inputTokens
    outputTokens += result.outputTokens
    const callCost = costUsd(result.model, result.inputTokens, result.outputTokens)
    cost = cost === null || callCost === null ? null : cost + callCost
    const offline = provider.name === 'offline'
    const hedged = !offline && detectHedging(result.text)
    const stronger = hedged ? escalateTier(tier) : null
    if (!stronger) {
      const uncertain = hedged
      if (uncertain) onText?.(uncertaintyNote)
      return {
        text: uncertain ? result.text + uncertaintyNote : result.text,
        model: result.model,
        tier,
        inputTokens,
        outputTokens,
        costUsd: cost,
        escalated,
        uncertain,
        sources: promptSources(prompt),
        offline,
      }
    }
    onReset?.()
    tier = stronger
    escalated = true
  }
}
