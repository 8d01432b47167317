import { formatCents } from '../../lib/money'
import type { EnrichedSession } from '../layers/enrich-session'
import type { KnowledgeHit } from '../layers/load-knowledge'
import type { Identity } from '../types'
import { renderMemoryLines } from '../memory/render-memory'

/** Record values for the prompt: `*_cents` become dollar amounts, nothing else changes. */
function readable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readable)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key.endsWith('_cents') && typeof inner === 'number' ? [key.slice(0, -'_cents'.length), formatCents(inner)] : [key, readable(inner)],
      ),
    )
  }
  return value
}

/** Layer 1 as the model reads it. */
export function renderIdentity(identity: Identity): string {
  const lines = [`Role: ${identity.role}${identity.memberTitle ? ` (${identity.memberTitle})` : ''}`, `Using: ${identity.platform}`]
  if (identity.company) {
    const company = identity.company
    lines.push(`Company: ${company.name}; trades: ${company.trades.join(', ') || 'not set'}; state: ${company.state ?? 'not set'}; size: ${company.tier}${company.employeeCount ? `, ${company.employeeCount} people` : ''}`)
  }
  if (identity.certifications.length) {
    lines.push(`Certifications: ${identity.certifications.map((c) => [c.name, c.state].filter(Boolean).join(' ')).join('; ')}`)
  }
  return lines.join('\n')
}

/**
 * Layer 3 as the model reads it: readable lines, confident or reinforced items only, with the
 * person's corrections to defer to (empty before Z has learned anything).
 */
export const renderMemory = (memory: unknown): string => renderMemoryLines(memory)

/** Layer 4 as the model reads it: screen, trail, intent and the open records. */
export function renderSession(session: EnrichedSession): string {
  const lines: string[] = []
  if (session.currentScreen) lines.push(`Current screen: ${session.currentScreen}`)
  if (session.screenHistory.length) lines.push(`Recent screens: ${session.screenHistory.join(' → ')}`)
  if (session.inferredIntent) lines.push(`Probably doing: ${session.inferredIntent.replaceAll('_', ' ')}`)
  if (session.lastAiSummary) lines.push(`Last time with Z: ${session.lastAiSummary}`)
  for (const key of ['equipment', 'property', 'job', 'customer', 'bid', 'invoice'] as const) {
    if (session[key]) lines.push(`Open ${key}: ${JSON.stringify(readable(session[key]))}`)
  }
  return lines.join('\n')
}

/** One retrieved knowledge chunk as the model reads it, numbered for citation. */
export const renderKnowledgeHit = (hit: KnowledgeHit, n: number): string =>
  `[${n}] ${hit.title} (${hit.trade})\n${hit.content}${hit.citations.length ? `\nCites: ${hit.citations.map((c) => c.label).join(', ')}` : ''}`
