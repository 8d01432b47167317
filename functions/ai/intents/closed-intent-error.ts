import { ApiError } from '../../lib/errors'
import type { IntentRow } from './find-intent'
import { INTENT_TTL_MINUTES } from './propose-intent'

const when = (at: Date | null) => (at ? ` at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '')

const resultMessage = (result: unknown) => {
  const record = result as { message?: unknown; error?: { message?: unknown } } | null
  return typeof record?.message === 'string' ? record.message : typeof record?.error?.message === 'string' ? record.error.message : null
}

/**
 * The 409 for an intent that can no longer be confirmed or cancelled, saying what happened to
 * it: carried out (and what it made), cancelled, expired or failed.
 */
export function closedIntentError(row: IntentRow, attempt: 'confirm' | 'cancel'): ApiError {
  const again = attempt === 'confirm' ? 'Confirming again does nothing.' : 'There is nothing left to cancel.'
  const detail = resultMessage(row.result)
  switch (row.status) {
    case 'executed':
    case 'confirmed':
      return new ApiError('conflict', `This action was already confirmed and carried out${when(row.decidedAt)}${detail ? `: ${detail}` : '.'} ${again}`)
    case 'cancelled':
      return new ApiError('conflict', `This action was cancelled${when(row.decidedAt)}; nothing was done. Ask Z again if you still want it.`)
    case 'failed':
      return new ApiError('conflict', `This action failed when it was confirmed${when(row.decidedAt)}${detail ? ` (${detail})` : ''} and will not run again. Ask Z again once that is sorted out.`)
    case 'expired':
      return expiredError()
    case 'proposed':
      return row.pastExpiry ? expiredError() : new ApiError('conflict', 'This action is being confirmed by another request right now. Reload to see how it ended.')
  }
}

function expiredError() {
  return new ApiError('conflict', `This action expired before it was confirmed (pending actions last ${INTENT_TTL_MINUTES} minutes); nothing was done. Ask Z again.`)
}
