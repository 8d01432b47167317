import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Every error the API can answer with, and its HTTP status. The one place codes map to statuses. */
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  no_company: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  validation_failed: 422,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof errorStatus

export type ErrorDetail = { path: string; message: string }

/**
 * An error with a message that is safe to show the user. `internal` keeps what only the
 * logs should see.
 *
 * @example throw new ApiError('not_found', 'Customer not found.')
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { details?: ErrorDetail[]; internal?: string } = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  get status() {
    return errorStatus[this.code]
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} not found.`)

type PostgresErrorLike = { code?: string; constraint_name?: string; message?: string; severity?: string }

const isPostgresError = (e: unknown): e is PostgresErrorLike =>
  typeof e === 'object' && e !== null && typeof (e as PostgresErrorLike).code === 'string' && 'severity' in e

/** The Postgres error behind `error` (drizzle wraps it in `cause`), if there is one. */
function postgresErrorOf(error: unknown): PostgresErrorLike | undefined {
  if (isPostgresError(error)) return error
  const cause = (error as { cause?: unknown } | null)?.cause
  return isPostgresError(cause) ? cause : undefined
}

/** The SQLSTATE of a database error (the portal functions raise ZP403, ZP404, ZP409, ZP410, ZP412). */
export const sqlStateOf = (error: unknown): string | undefined => postgresErrorOf(error)?.code

/** The name of the constraint a database error violated, to answer with a precise message. */
export const constraintOf = (error: unknown): string | undefined => postgresErrorOf(error)?.constraint_name

/**
 * Turns a database error caused by the request into an ApiError a user can act on.
 * Anything else stays an internal error.
 */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  const pg = postgresErrorOf(error)
  if (!pg) return undefined
  const internal = `${pg.code} ${pg.message ?? ''}`
  switch (pg.code) {
    case '23505':
      return new ApiError('conflict', 'A record with these values already exists.', { internal })
    case '23503':
    case '23001':
      return new ApiError('conflict', 'This record is still referenced by other records, or refers to one that does not exist.', { internal })
    case '23514':
    case '23502':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
      return new ApiError('validation_failed', 'A value is not valid for this field.', { internal })
    case '42501':
      // Row Level Security refused the write: the row belongs to another tenant (or none).
      return new ApiError('not_found', 'Not found.', { internal })
    default:
      return undefined
  }
}
