import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { createRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { csvResponse } from '../lib/csv'
import { ApiError } from '../lib/errors'
import { errorResponses, fileResponse, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { commitCustomerImport } from './commit-customer-import'
import { exportCustomers } from './export-customers'
import { ExportQuery, ImportCommitInput, ImportCommitResult, ImportPreview, MAX_IMPORT_ROWS } from './import-schemas'
import { previewCustomerImport } from './preview-customer-import'

const tags = ['Customers']
const security = [{ bearerAuth: [] }]

/** The CSV bytes of a preview request: a multipart `file` field, or the body itself. */
async function uploadedCsv(c: Context<AppEnv>): Promise<Uint8Array> {
  const contentType = c.req.header('content-type') ?? ''
  if (/^multipart\/form-data/i.test(contentType)) {
    const file = (await c.req.parseBody()).file
    if (!(file instanceof File)) throw new ApiError('validation_failed', 'Send the CSV as multipart/form-data in a field named "file".')
    return new Uint8Array(await file.arrayBuffer())
  }
  return new Uint8Array(await c.req.arrayBuffer())
}

/** /customers/import/* and /customers/export.csv: static paths, mounted before /{id}. */
export const importRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/import/preview',
      tags,
      security,
      summary: 'Preview a customer CSV import',
      description:
        `Send a UTF-8 CSV with a header row (multipart field \`file\`, or the body as text/csv), at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows. ` +
        'Columns: name (required; or First Name + Last Name), email, phone, address, notes, matched case-insensitively with common spellings ' +
        '("Full Name", "E-mail", "Phone Number"). Each row comes back with its errors and, when it matches an existing customer or an earlier ' +
        'row by email, phone, or name and address, what it duplicates. Nothing is saved.',
      middleware: [requirePermission('customers:import')] as const,
      request: {
        body: {
          required: false,
          content: {
            'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
            'text/csv': { schema: z.string() },
          },
        },
      },
      responses: { 200: json(ImportPreview, 'What the import would do, row by row'), ...errorResponses },
    }),
    async (c) => {
      const bytes = await uploadedCsv(c)
      return c.json(await previewCustomerImport({ ...tenantScope(c), bytes }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/import/commit',
      tags,
      security,
      summary: 'Import the accepted rows of a preview',
      description: 'Every row is checked again; if any is invalid, nothing is imported and each problem is listed by row. Otherwise all rows are created in one transaction.',
      middleware: [requirePermission('customers:import')] as const,
      request: { body: jsonBody(ImportCommitInput) },
      responses: { 201: json(ImportCommitResult, 'How many customers were created'), ...errorResponses },
    }),
    async (c) => c.json(await commitCustomerImport({ ...tenantScope(c), rows: c.req.valid('json').rows }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/export.csv',
      tags,
      security,
      summary: 'Download customers as CSV',
      description: 'UTF-8 with a byte-order mark, by name. Cells a spreadsheet would run as a formula are prefixed with a quote; the import removes it again.',
      middleware: [requirePermission('exports:read')] as const,
      request: { query: ExportQuery },
      responses: { 200: fileResponse('text/csv', 'The CSV file'), ...errorResponses },
    }),
    async (c) => {
      const csv = await exportCustomers({ ...tenantScope(c), ...c.req.valid('query') })
      return csvResponse(csv, `customers-${new Date().toISOString().slice(0, 10)}.csv`)
    },
  )
