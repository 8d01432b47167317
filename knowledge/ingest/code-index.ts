import { z } from 'zod'

/** Where each code body may be read for free: deep links must point at the publisher or the government. */
export const freeViewerHosts: Record<string, string[]> = {
  NEC: ['link.nfpa.org', 'www.nfpa.org', 'nfpa.org'],
  'NFPA 70E': ['link.nfpa.org', 'www.nfpa.org', 'nfpa.org'],
  'NFPA 72': ['link.nfpa.org', 'www.nfpa.org', 'nfpa.org'],
  'NFPA 101': ['link.nfpa.org', 'www.nfpa.org', 'nfpa.org'],
  CFR: ['www.ecfr.gov', 'ecfr.gov'],
  default: ['codes.iccsafe.org'],
}

/** One entry of knowledge/<trade>/code_index/*.json: a section and where to read it, never its text. */
export const CodeIndexEntry = z
  .object({
    code_body: z.string().min(2),
    edition: z.string().min(2),
    section: z.string().min(1),
    title: z.string().min(3),
    topic_tags: z.array(z.string()).default([]),
    deep_link_url: z.url(),
    trade: z.string().min(3),
    adopted_states: z.array(z.string().length(2)).default([]),
    state_amendment_notes: z.record(z.string(), z.string()).default({}),
  })
  .refine((entry) => (freeViewerHosts[entry.code_body] ?? freeViewerHosts.default!).includes(new URL(entry.deep_link_url).host), {
    message: "deep_link_url must open the publisher's free viewer (NFPA, ICC) or eCFR",
    path: ['deep_link_url'],
  })
export type CodeIndexEntry = z.infer<typeof CodeIndexEntry>

/** The code body as stored and cited: CFR sections carry their title from the eCFR link ("29 CFR"). */
export function storedCodeBody(entry: Pick<CodeIndexEntry, 'code_body' | 'deep_link_url'>): string {
  if (entry.code_body !== 'CFR') return entry.code_body
  const title = /title-(\d+)/.exec(entry.deep_link_url)?.[1]
  return title ? `${title} CFR` : 'CFR'
}

/** The label a citation is written with: "NEC 210.12(A)", "IRC R314.3", "29 CFR 1926.501". */
export const citationLabel = (entry: Pick<CodeIndexEntry, 'code_body' | 'section' | 'deep_link_url'>): string => `${storedCodeBody(entry)} ${entry.section}`
