import type { Tx } from '../../../db/client'
import { memberRoles, type MemberRole } from '../../../db/schema'
import type { EnrichedSession } from '../layers/enrich-session'
import type { PortalTurn } from '../layers/portal-relationships'
import type { Identity, VisibilityMask } from '../types'

/** Used for "today" and "tomorrow" when the client does not say where the person is. */
export const DEFAULT_TIME_ZONE = 'America/New_York'

/** What `answerFastPath` is given. */
export type FastPathOptions = {
  /** The request transaction, running as the user under Row Level Security. */
  tx: Tx
  /** Layer 1: who is asking. */
  identity: Identity
  /** Layer 6: which categories this person may be told. */
  mask: VisibilityMask
  message: string
  now: Date
  /** IANA zone for "today" and "tomorrow"; defaults to America/New_York. */
  timeZone?: string
  /** A homeowner's contractors and the one this turn is about (client portal). */
  portal?: PortalTurn | null
  /** Layer 4: what the person has open, as their RLS showed it. */
  session?: EnrichedSession
}

/** Everything an answerer needs, worked out once per message. */
export type FastContext = {
  tx: Tx
  identity: Identity
  mask: VisibilityMask
  now: Date
  timeZone: string
  /** The person's company role, or null for homeowners and ZAFTO staff. */
  role: MemberRole | null
  companyId: string | null
  /** The message lower-cased, curly quotes straightened, whitespace collapsed, end punctuation gone. */
  text: string
}

function validTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return timeZone
  } catch {
    // A client sending a zone this runtime does not know should still get an answer.
    return DEFAULT_TIME_ZONE
  }
}

/** The answerers' view of one request: role and company only for members of a company. */
export function createFastContext(options: FastPathOptions, text: string): FastContext {
  const { identity } = options
  const role = identity.company && (memberRoles as readonly string[]).includes(identity.role) ? (identity.role as MemberRole) : null
  return {
    tx: options.tx,
    identity,
    mask: options.mask,
    now: options.now,
    timeZone: validTimeZone(options.timeZone),
    role,
    companyId: role ? identity.company!.id : null,
    text,
  }
}
