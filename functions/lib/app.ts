import { OpenAPIHono, type Hook } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { requireUser } from './auth'
import type { AppEnv } from './context'
import { ApiError, fromDatabaseError, type ErrorCode } from './errors'
import { log } from './logger'
import { tenantTransaction } from './tenancy'

const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) {
    throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', {
      details: result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message })),
    })
  }
}

/** An OpenAPI-documented router with the project's validation hook. */
export const createRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook })

/**
 * A router whose every route needs a signed-in user and runs in the tenant transaction
 * (see tenancy.ts).
 */
export const createTenantRouter = () => {
  const router = createRouter()
  router.use('*', requireUser, tenantTransaction)
  return router
}

const statusCodes: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof HTTPException) {
    const code = statusCodes[error.status] ?? 'bad_request'
    return new ApiError(code, error.message || 'The request could not be read.')
  }
  return (
    fromDatabaseError(error) ??
    new ApiError('internal', 'Something went wrong on our side. Try again; if it keeps happening, contact support with the request id.', {
      internal: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
  )
}

/** The one error handler: every failure leaves as `{ error: { code, message, requestId } }`. */
export function handleError(error: unknown, c: Context<AppEnv>) {
  const apiError = toApiError(error)
  const id = c.get('requestId') ?? 'unknown'
  if (apiError.code === 'internal') {
    log.error('http.request.failed', { requestId: id, path: c.req.path, internal: apiError.options.internal })
  } else if (apiError.options.internal) {
    log.info('http.request.rejected', { requestId: id, code: apiError.code, internal: apiError.options.internal })
  }
  const details = apiError.options.details
  return c.json(
    { error: { code: apiError.code, message: apiError.message, requestId: id, ...(details ? { details } : {}) } },
    apiError.status,
  )
}

/**
 * Uploads (photos, receipts, logos: multipart) and customer imports (a CSV file, then its
 * reviewed rows as JSON) are allowed the upload limit; every other body the smaller one.
 */
const carriesFile = (c: Context<AppEnv>) =>
  (c.req.header('content-type') ?? '').startsWith('multipart/form-data') || c.req.path.includes('/customers/import/')

// One body-limit middleware per configured size, not one per request.
const bodyLimits = new Map<number, ReturnType<typeof bodyLimit>>()
function bodyLimitOf(maxSize: number) {
  let limit = bodyLimits.get(maxSize)
  if (!limit) {
    limit = bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError('payload_too_large', `The request body is larger than ${maxSize} bytes.`)
      },
    })
    bodyLimits.set(maxSize, limit)
  }
  return limit
}

/** Request id, size limit and error shape shared by every API router. */
export function applyCommonMiddleware(app: OpenAPIHono<AppEnv>) {
  app.use('*', requestId())
  app.use('*', async function limitBody(c, next) {
    const { maxBodyBytes, maxUploadBytes } = c.get('services').config
    return bodyLimitOf(carriesFile(c) ? Math.max(maxBodyBytes, maxUploadBytes) : maxBodyBytes)(c, next)
  })
  app.onError(handleError)
}
