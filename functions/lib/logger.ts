type Fields = Record<string, unknown>

const SECRET_KEYS = /authorization|password|token|secret|apikey|api_key|cookie/i

function redact(fields: Fields): Fields {
  const out: Fields = {}
  for (const [key, value] of Object.entries(fields)) out[key] = SECRET_KEYS.test(key) ? '[redacted]' : value
  return out
}

const levels = { info: 0, warn: 1, error: 2 } as const
type Level = keyof typeof levels
// LOG_LEVEL=warn quiets routine events (the test suite sets it). Workers have no process.env.
const threshold = levels[(globalThis.process?.env?.LOG_LEVEL as Level | undefined) ?? 'info'] ?? 0

function write(level: Level, event: string, fields: Fields) {
  if (levels[level] < threshold) return
  const line = JSON.stringify({ level, event, time: new Date().toISOString(), ...redact(fields) })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

/**
 * Structured log events named `domain.action.phase`, one JSON object per line. Keys that look
 * like credentials are redacted.
 *
 * @example log.info('customers.create.done', { customerId })
 */
export const log = {
  info: (event: string, fields: Fields = {}) => write('info', event, fields),
  warn: (event: string, fields: Fields = {}) => write('warn', event, fields),
  error: (event: string, fields: Fields = {}) => write('error', event, fields),
}
