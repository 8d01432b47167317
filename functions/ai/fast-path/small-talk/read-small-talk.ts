export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'help'

type Part = SmallTalkKind | 'filler'

/** A phrase at the start of what is left, ending at a word boundary ("hi" is not "hiya"). */
const phrase = (alternatives: string) => new RegExp(`^(?:${alternatives})(?=$|[\\s,!.;:?~-])`)

const phrases: [Part, RegExp][] = [
  ['help', phrase(String.raw`help(?: me)?|i need help|what (?:can|do) you do(?: for me)?|what can you help(?: me)?(?: with)?|how (?:can|do) you help(?: me)?|what are you|who are you|what is z|who is z|what's z|how do(?:es)? (?:you|this|z) work|what (?:can|should) i ask(?: you)?|what are your (?:features|capabilities|options)|capabilities|commands|menu|options`)],
  ['goodbye', phrase(String.raw`bye(?: bye)?|goodbye|good bye|good ?night|see (?:you|ya)(?: later| tomorrow| soon)?|later|talk (?:to you )?(?:later|soon)|ttyl|catch you later|have a (?:good|great|nice) (?:one|day|night|evening|weekend)|signing off|i'm out|that's all for (?:now|today)`)],
  ['thanks', phrase(String.raw`thank you(?: so much| very much)?|thanks(?: a lot| a bunch| so much)?|thank u|thx|ty|tysm|much appreciated|(?:i )?appreciate (?:it|that|you)|cheers|perfect|great|awesome|cool|nice|got it|that helps|that helped|that's helpful|you're the best|that's all|that's it|that is all|all set|i'm (?:all )?(?:set|good)|nothing else|ok|okay|alright|all right`)],
  ['greeting', phrase(String.raw`good (?:morning|afternoon|evening|day)|morning|afternoon|hello(?: there)?|hiya|hi(?: there)?|hey(?: there)?|heya|howdy|yo|sup|what's up|whats up|wassup|hola|greetings|happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holidays|new year)|how are (?:you|things)(?: doing)?(?: today)?|how's it going|how is it going`)],
  ['filler', phrase(String.raw`z|zee|there|again|so|um|uh|oh|well|please|pls|buddy|pal|man|mate|for (?:the|your) help(?: earlier| today)?|for that|so much|very much|a lot|for now|earlier|ready when you are|are you there|you there|let's (?:go|get started|do this)`)],
]

export type SmallTalk = {
  /** What the message is, when nothing but small talk remains; else null. */
  kind: SmallTalkKind | null
  /** The greeting the person used, to answer in kind (`good morning`). */
  greeting: string | null
  /** The message after a leading greeting or thanks (`hey z, show my jobs` → `show my jobs`). */
  rest: string
}

/**
 * Reads greetings, thanks, goodbyes and requests for help, alone or in front of a real
 * question. A message made only of them is small talk, ranked help > goodbye > thanks >
 * greeting ("thanks, bye" is a goodbye); a question after a greeting is passed on.
 */
export function readSmallTalk(text: string): SmallTalk {
  const found = new Set<Part>()
  let greeting: string | null = null
  let rest = text
  let leading = text
  for (;;) {
    rest = rest.replace(/^[\s,!.;:?~-]+/, '')
    const hit = phrases.map(([part, pattern]) => [part, pattern.exec(rest)?.[0]] as const).find(([, matched]) => matched)
    if (!hit) break
    const [part, matched] = hit as [Part, string]
    if (part === 'greeting') greeting ??= matched
    found.add(part)
    rest = rest.slice(matched.length)
    // Only greetings, thanks and filler are peeled off the front of a real question.
    if (part !== 'help' && part !== 'goodbye') leading = rest
  }
  if (rest.trim() === '') {
    const kind = (['help', 'goodbye', 'thanks', 'greeting'] as const).find((k) => found.has(k)) ?? (found.has('filler') ? 'greeting' : null)
    return { kind, greeting, rest: '' }
  }
  return { kind: null, greeting, rest: leading.replace(/^[\s,!.;:?~-]+/, '') }
}
