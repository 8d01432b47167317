import type { Persona, SuggestedAction } from '../../types'
import { maySee } from '../data/may-see'
import type { FastContext } from '../fast-context'

/** Something Z can do right away for a persona, with a chip that tries it. */
export type Offer = {
  what: string
  action: SuggestedAction
  /** Offered only to people who may see what it shows. */
  available?: (ctx: FastContext) => boolean
}

export type PersonaOffers = {
  /** One line after "I'm Z." */
  intro: string
  offers: Offer[]
  /** What else to ask, in the person's own words, for the model. */
  more: string
  signOff: string
}

const ask = (label: string, message: string): SuggestedAction => ({ kind: 'ask', label, message })
const go = (label: string, href: string): SuggestedAction => ({ kind: 'navigate', label, href })

const conversions: Offer = { what: 'Unit conversions and quick math: fractions of an inch, square feet, BTU/h to kW, psi, gpm', action: ask('Convert a fraction', 'Convert 3/8 inch to mm') }
const contacts: Offer = { what: 'A customer’s phone number, email or address', action: ask('Look up a customer', 'What’s the phone number for the Smith customer?'), available: maySee.customers }

/** Greetings and help per persona: what Z offers each kind of person first. */
export const personaOffers: Record<Persona, PersonaOffers> = {
  field_tech: {
    intro: 'I can pull up your jobs, your hours and customer contacts, and help with the app or a question on site.',
    offers: [
      { what: 'Your jobs today, tomorrow or this week, with addresses', action: ask('My jobs today', 'What are my jobs today?'), available: maySee.jobs },
      { what: 'Your hours this week', action: ask('My hours', 'How many hours have I worked this week?'), available: maySee.ownHours },
      contacts,
      { what: 'How to clock in and out, add photos and notes to a job', action: go('Time clock', '/crm/time/'), available: maySee.ownHours },
      conversions,
    ],
    more: 'Code, troubleshooting and install questions work too: just ask in your own words.',
    signOff: 'Stay safe out there.',
  },
  office: {
    intro: 'I can pull up the schedule, customers, bids and invoices, and walk you through the CRM.',
    offers: [
      { what: 'Jobs scheduled today, tomorrow or this week', action: ask('Jobs tomorrow', 'Which jobs are scheduled tomorrow?'), available: maySee.jobs },
      { what: 'Overdue and unpaid invoices', action: ask('Overdue invoices', 'Show overdue invoices'), available: maySee.invoices },
      { what: 'Bids waiting for the customer’s answer', action: ask('Bids awaiting an answer', 'Which bids are waiting for an answer?'), available: maySee.bids },
      { what: 'Open leads in the pipeline', action: ask('Open leads', 'Show open leads'), available: maySee.leads },
      contacts,
      { what: 'Step-by-step help: sending invoices, importing customers, recording payments', action: go('Customers', '/crm/customers/'), available: maySee.customers },
      conversions,
    ],
    more: 'For customer messages, follow-ups and anything else, ask in your own words.',
    signOff: 'Have a good one.',
  },
  owner_admin: {
    intro: 'I can pull up money owed, bids, the schedule, your team’s hours and leads, and walk you through the CRM.',
    offers: [
      { what: 'Overdue and unpaid invoices, with totals', action: ask('Overdue invoices', 'Show my overdue invoices'), available: maySee.invoices },
      { what: 'Bids waiting for the customer’s answer', action: ask('Bids awaiting an answer', 'Which bids are waiting for an answer?'), available: maySee.bids },
      { what: 'Today’s and tomorrow’s jobs', action: ask('Jobs today', 'What jobs are scheduled today?'), available: maySee.jobs },
      { what: 'Hours your team clocked this week', action: ask('Team hours', 'How many hours has the team worked this week?'), available: maySee.teamHours },
      { what: 'Open leads in the pipeline', action: ask('Open leads', 'Show open leads'), available: maySee.leads },
      contacts,
      { what: 'The dashboard: revenue, receivables, win rate', action: go('Dashboard', '/crm/'), available: maySee.jobs },
      conversions,
    ],
    more: 'Pricing, margins and business questions work too: ask in your own words.',
    signOff: 'Talk soon.',
  },
  homeowner: {
    intro: 'I can explain work on your home in plain English and help you get ready to talk with your contractor.',
    offers: [
      { what: 'What a job on your home involves', action: ask('Explain a job', 'What happens during an electrical panel upgrade?') },
      { what: 'How long equipment usually lasts', action: ask('Equipment life', 'How long does a water heater usually last?') },
      { what: 'Unit conversions and quick math', action: ask('Convert', 'Convert 50 gallons to liters') },
    ],
    more: 'Ask anything about your home in your own words.',
    signOff: 'Take care.',
  },
  ops: {
    intro: 'I can answer trade and product questions and do quick conversions.',
    offers: [
      conversions,
      { what: 'Trade and code questions', action: ask('A trade question', 'What does a GFCI protect against?') },
    ],
    more: 'Ask anything in your own words.',
    signOff: 'Talk soon.',
  },
}

/** The offers this person may use. */
export const availableOffers = (ctx: FastContext): Offer[] =>
  personaOffers[ctx.identity.persona].offers.filter((offer) => !offer.available || offer.available(ctx))
