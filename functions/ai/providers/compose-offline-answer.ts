import type { Grounding } from './types'

/** How many retrieved documents an offline answer quotes. */
const knowledgeShown = 3
const snippetChars = 600

const noModelNotice =
  'No language model is configured on this server, so this answer comes only from what ZAFTO found in its records and references. ' +
  'To turn on full answers, an administrator can set ANTHROPIC_API_KEY (Claude) or OPENAI_COMPAT_BASE_URL (a model server such as Ollama on your own machines).'

const nothingYet =
  "I don't have anything on this yet. You can ask about your records in ZAFTO (for example \"show my overdue invoices\" or \"jobs tomorrow\"), " +
  'name the code section, equipment model or document you mean, or ask your administrator to configure a language model.'

const tidy = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > snippetChars ? `${flat.slice(0, snippetChars - 1).trimEnd()}…` : flat
}

/**
 * The offline provider's answer, built only from what the pipeline found: the fast-path answer
 * if there is one, else the top knowledge snippets under their titles; then the sources as
 * "label — url" lines, then pattern phrases and what no pattern has reliable data on; and once,
 * plainly, that no model is configured and how to configure one. With nothing found it says so
 * and suggests what to try.
 */
export function composeOfflineAnswer(grounding: Grounding): string {
  const parts: string[] = []
  const knowledge = grounding.knowledge.slice(0, knowledgeShown)

  if (grounding.fastAnswer?.trim()) parts.push(grounding.fastAnswer.trim())
  else if (knowledge.length > 0) {
    parts.push(
      ['Here is what I found in the references:', ...knowledge.map((doc) => `${doc.heading ? `${doc.title} — ${doc.heading}` : doc.title}\n${tidy(doc.snippet)}`)].join(
        '\n\n',
      ),
    )
  }

  // Citations first, then the quoted documents' own links, each URL once.
  const sources = new Map<string, string>()
  for (const citation of grounding.citations) if (!sources.has(citation.url)) sources.set(citation.url, citation.label)
  if (!grounding.fastAnswer?.trim()) for (const doc of knowledge) if (doc.url && !sources.has(doc.url)) sources.set(doc.url, doc.title)
  if (sources.size > 0) parts.push(['Sources:', ...[...sources].map(([url, label]) => `${label} — ${url}`)].join('\n'))

  const phrases = grounding.patterns.map((pattern) => pattern.phrase.trim()).filter(Boolean)
  if (phrases.length > 0) parts.push(['From patterns across similar work:', ...phrases.map((phrase) => `- ${phrase}`)].join('\n'))
  const gaps = (grounding.patternGaps ?? []).map((gap) => gap.trim()).filter(Boolean)
  if (gaps.length > 0) parts.push(gaps.join('\n'))

  if (parts.length === 0) parts.push(nothingYet)
  parts.push(noModelNotice)
  return parts.join('\n\n')
}
