/** Routing: which tier answers a question, when to go up a tier, and when an answer hedges. */
export { classifyQuery } from './classify-query'
export { detectHedging } from './detect-hedging'
export { escalateTier } from './escalate-tier'
