/**
 * Code sections as people write them, normalised to "BODY SECTION": "NEC 210.12(A)",
 * "IRC R314.3", "IMC 307.2.1", "IFGC 404.4", "NFPA 72 17.5", "29 CFR 1926.501(b)(1)",
 * "40 CFR 82.161". Matching is case-insensitive; the body is upper-cased, the section kept.
 */
const BODIES = String.raw`NEC|NFPA\s?70E?|NFPA\s?72|NFPA\s?101|IRC|IBC|IPC|IMC|IFGC|IECC|IEBC|IFC|UPC|UMC`
const SECTION = String.raw`[A-Z]?\d+(?:\.\d+)*(?:\([A-Za-z0-9]+\))*`
const codePattern = new RegExp(String.raw`\b(${BODIES})(?:\s+(?:section|sec\.?|§|article|art\.?))?\s+(${SECTION})`, 'gi')
const cfrPattern = new RegExp(String.raw`\b(\d{1,2})\s*C\.?F\.?R\.?\s*(?:part\s+|§\s*)?(\d+(?:\.\d+)*(?:\([A-Za-z0-9]+\))*)`, 'gi')

const normaliseBody = (body: string) => body.toUpperCase().replace(/^NFPA\s?(\d+E?)$/, 'NFPA $1')

/** Every distinct code reference in `text`, in order of first appearance. */
export function findCodeRefs(text: string): string[] {
  const found: { at: number; ref: string }[] = []
  for (const match of text.matchAll(codePattern)) found.push({ at: match.index, ref: `${normaliseBody(match[1]!)} ${match[2]}` })
  for (const match of text.matchAll(cfrPattern)) found.push({ at: match.index, ref: `${match[1]} CFR ${match[2]}` })
  return [...new Set(found.sort((a, b) => a.at - b.at).map((item) => item.ref))]
}
