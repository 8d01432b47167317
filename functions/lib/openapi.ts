import { z } from '@hono/zod-openapi'
import { errorStatus, type ErrorCode } from './errors'

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      requestId: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error')

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
})

/** The error responses an authenticated, validated route can give, for its OpenAPI entry. */
export const errorResponses = {
  400: errorResponse('Malformed request (for example, invalid JSON)'),
  401: errorResponse('Missing, expired or invalid access token'),
  403: errorResponse('Your role does not allow this, or you have no company yet'),
  404: errorResponse('Not found (or belongs to another company)'),
  413: errorResponse('Request body too large'),
  422: errorResponse('Validation failed; `details` lists each field'),
} as const

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
})

export const IdParams = z.object({
  id: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'id', in: 'path' }, example: '7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' }),
})

export const PaginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).openapi({ example: 25 }),
})

export const paginated = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({ data: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
    .openapi(name)

/** Optional email field: lower-cased, "" turns into null (a cleared form field). */
export const optionalEmail = () =>
  z
    .union(
      [
        z.literal('').transform(() => null),
        z
          .email({ error: 'Must be an email address.' })
          .max(254)
          .transform((v) => v.toLowerCase()),
      ],
      { error: 'Must be an email address.' },
    )
    .nullable()
    .optional()

/** A file response (PDF, CSV) for a route's OpenAPI entry. */
export const fileResponse = (contentType: 'application/pdf' | 'text/csv', description: string) => ({
  description,
  content: { [contentType]: { schema: contentType === 'text/csv' ? z.string() : z.string().openapi({ format: 'binary' }) } },
})

/** Optional text field: trims, turns "" into null, caps the length. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()

export const docsHtml = (specUrl: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ZAFTO API</title>
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#docs', deepLinking: true, persistAuthorization: true })
</script>
</body>
</html>`
