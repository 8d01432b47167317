import type { QuestionScope } from './read-question'

/** Where the open job is and what it is, as far as this person may read it. */
export type JobScope = { trade: string; category: string | null; state: string | null; zip3: string | null }

/**
 * The equipment the person has open (client portal): its trade, kind key, and the brand and
 * brand + model family keys its lifespan and failure patterns are filed under.
 */
export type EquipmentScope = { trade: string; kind: string; brandCategories: string[] }

/** Which patterns a question needs: the rows Layer 5 reads and what their absence means. */
export type PatternScope = {
  /** Trades whose patterns are read (never outside the trades in scope). */
  trades: string[]
  /** The state the answer is about, if any is known. */
  state: string | null
  /** A 3-digit zip-prefix area in that state (`CT-061`), known only from the open job's site. */
  area: string | null
  /** Kinds of work: `job_category` equal to one of them. */
  categories: string[]
  /** Equipment kinds: `job_category` equal to one of them or starting with `kind/` (brand, model, age). */
  equipmentKinds: string[]
  /** Pattern types the question asks about, for saying plainly when there is no data. */
  subjects: string[]
}

/**
 * The pattern scope, field by field from the most specific source that names it: the question,
 * else the open equipment, else the open job, else the company. `scopeTrades` (the company's
 * trades; every trade for homeowners and platform staff) bound the trades: a question narrows
 * them, never widens them.
 */
export function resolvePatternScope(options: {
  question: QuestionScope
  job: JobScope | null
  /** The open piece of equipment (client portal), if any. */
  equipment?: EquipmentScope | null
  scopeTrades: readonly string[]
  companyState: string | null
}): PatternScope {
  const { question, job, scopeTrades, companyState } = options
  const inScope = (trade: string | null | undefined): trade is string => !!trade && scopeTrades.includes(trade)
  const namesWork = question.categories.length > 0 || question.equipmentKinds.length > 0
  // The open equipment stands in for work the question leaves unnamed ("how long will it last?").
  const equipment = !namesWork && options.equipment && inScope(options.equipment.trade) ? options.equipment : null
  const named = question.namedTrades.filter(inScope)
  const trades = named.length
    ? named
    : equipment
      ? [equipment.trade]
      : inScope(question.trade)
        ? [question.trade]
        : inScope(job?.trade)
          ? [job.trade]
          : [...scopeTrades]
  const state = question.state ?? job?.state ?? companyState
  return {
    trades,
    state,
    area: job?.state && job.state === state && job.zip3 ? `${state}-${job.zip3}` : null,
    categories: namesWork ? question.categories : equipment ? equipment.brandCategories : job?.category ? [job.category] : [],
    equipmentKinds: equipment ? [equipment.kind] : question.equipmentKinds,
    subjects: question.subjects,
  }
}
