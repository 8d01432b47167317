export { answerFastPath } from './answer-fast-path'
export { DEFAULT_TIME_ZONE, type FastPathOptions } from './fast-context'
