/** The context budget: how many tokens each part of a prompt gets, and fitting the parts into it. */
export { estimateTokens, FRAMING_TOKENS } from './estimate-tokens'
export { fitContext, KNOWLEDGE_TOP } from './fit-context'
export { VERBATIM_MESSAGES } from './fit-history'
export { LONG_CONVERSATION_MESSAGES, planBudget, tierLimits } from './plan-budget'
export { summariseHistory } from './summarise-history'
export type { BudgetPlan, ContextParts, FittedContext, HistoryMessage, KnowledgeItem, PatternItem, SlotName } from './types'
export { slotNames } from './types'
