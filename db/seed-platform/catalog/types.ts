/** A material used on a job or priced on a bid, in generic words ("200A main breaker panel"). */
export type Item = {
  description: string
  unit: string
  /** What a contractor pays for one unit today, in integer cents, before the state's price factor. */
  costCents: number
  /** Quantity range (inclusive); `step` is the smallest increment, 1 unless given. */
  quantity: [number, number]
  step?: number
  /** Brands it is bought in, the market leader first; empty for unbranded goods. */
  brands: string[]
  /** Chance it is on a given job (1 unless given); within a `choice` group, its weight instead. */
  chance?: number
  /** Items sharing a group are alternatives: exactly one of them is used. */
  choice?: string
  /** The installed unit itself: its brand is the equipment's make. */
  equipment?: boolean
}

/** Where a category's equipment work goes: the kinds installed, or the kinds repaired and how often. */
export type KindWeight = { kind: string; weight: number }

export type Category = {
  /** A slug from functions/jobs/job-categories.ts (or `service_call`). */
  slug: string
  titles: string[]
  /** Typical estimated hours for the whole job. */
  hours: number
  /** Lognormal spread of the hours (0.35 unless given). */
  spread?: number
  /** Typical bid total in a state with price factor 1, in cents. */
  priceCents: number
  /** Share of these jobs won through a bid (the rest are booked directly). */
  bidShare: number
  /** Share of a bid that is materials (0.35 unless given); labor takes 0.9 minus it. */
  materialShare?: number
  /** Relative frequency within its trade. */
  weight: number
  /** Busiest month (1–12) and how strongly it peaks (0–1), for seasonal work. */
  season?: { peak: number; strength: number }
  materials: Item[]
  /** Equipment put in by this work (a new unit on the property, often replacing one). */
  installs?: KindWeight[]
  /** Share of these jobs that are repairs of a unit on the property, and of which kinds. */
  repairs?: { share: number; kinds: KindWeight[] }
}

export type TradeCatalog = { laborLine: string; categories: Category[] }
