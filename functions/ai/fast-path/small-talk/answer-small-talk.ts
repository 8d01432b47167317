import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { availableOffers, personaOffers } from './persona-offers'
import type { SmallTalk } from './read-small-talk'

/** `Good morning` for `morning` or `good morning`; `Hi` for the rest. */
function salutation(greeting: string | null): string {
  const time = greeting && /(morning|afternoon|evening)/.exec(greeting)
  if (time) return `Good ${time[1]}`
  if (greeting === 'hola') return 'Hola'
  return 'Hi'
}

/**
 * Answers a greeting, thanks, goodbye or request for help for this persona, with a few
 * things to try that this person may actually use.
 */
export function answerSmallTalk(ctx: FastContext, talk: SmallTalk & { kind: NonNullable<SmallTalk['kind']> }): FastAnswer {
  const persona = personaOffers[ctx.identity.persona]
  const offers = availableOffers(ctx)
  const chips = (count: number) => offers.slice(0, count).map((offer) => offer.action)
  switch (talk.kind) {
    case 'greeting':
      return fastAnswer('greeting', `${salutation(talk.greeting)}! I’m Z. ${persona.intro} What do you need?`, { actions: chips(3) })
    case 'thanks':
      return fastAnswer('thanks', `You’re welcome. Anything else, just ask.`, { actions: chips(2) })
    case 'goodbye':
      return fastAnswer('goodbye', `${persona.signOff} I’m here whenever you need me.`)
    case 'help': {
      const list = offers.map((offer) => `- ${offer.what}`).join('\n')
      return fastAnswer('help', `I’m Z. Here’s what I can do for you right away:\n${list}\n\n${persona.more}`, { actions: chips(4) })
    }
  }
}
