import type { z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/errors'

/**
 * `value` parsed by `schema`, or the API's 422 with a detail per field, as a REST route would
 * answer the same input.
 *
 * @example createJob({ ...scope, input: validated(JobInput, { customerId, title }) })
 */
export function validated<S extends z.ZodType>(schema: S, value: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', {
    details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(params)', message: issue.message })),
  })
}
