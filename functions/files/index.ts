import { createRoute, z } from '@hono/zod-openapi'
import { eq } from 'drizzle-orm'
import { files } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { createTenantRouter } from '../lib/app'
import { errorResponses, IdParams } from '../lib/openapi'
import { can, requireMembership } from '../lib/permissions'
import { ApiError, notFound } from '../lib/errors'
import { tenantScope } from '../lib/tenancy'
import { readFile } from './store-file'

export { FileInfo } from './schemas'

const tags = ['Files']
const security = [{ bearerAuth: [] }]

export const filesRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Download a file (photo, receipt, logo or document)',
      description: 'Row Level Security decides: a tech reaches only files of their jobs and their own uploads.',
      request: { params: IdParams },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses },
    }),
    async (c) => {
      requireMembership(c.get('membership'))
      const { file, bytes } = await readFile({ tx: c.get('tx'), storage: c.get('services').storage, fileId: c.req.valid('param').id })
      const safeName = file.name.replace(/[^A-Za-z0-9._ -]/g, '_')
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.contentType,
        'content-disposition': `inline; filename="${safeName}"`,
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
      })
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Delete a file',
      description: 'Staff may delete any job photo or receipt of the company; a tech only what they uploaded. The logo (Settings) and emailed PDFs are not deleted here (409).',
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      const scope = tenantScope(c)
      const membership = requireMembership(c.get('membership'))
      const [file] = await scope.tx.select().from(files).where(eq(files.id, c.req.valid('param').id))
      if (!file) throw notFound('File')
      // The logo and the PDFs that were emailed are records of their own, removed where they live.
      if (file.entityType === 'company') throw new ApiError('conflict', 'This is the company logo. Remove or replace it in Settings → Company.')
      if (file.entityType === 'document') throw new ApiError('conflict', 'This PDF was emailed to a customer and stays on record with the email.')
      if (!can(membership.role, 'jobs:write') && file.uploadedBy !== scope.actorUserId) {
        throw new ApiError('forbidden', 'You can delete only files you uploaded. Ask the office.')
      }
      await scope.tx.delete(files).where(eq(files.id, file.id))
      await recordAudit({ ...scope, action: 'file.delete', entityType: 'file', entityId: file.id, changes: { name: file.name, entityType: file.entityType, entityId: file.entityId } })
      await c.get('services').storage.delete(file.bucket, file.path)
      return c.body(null, 204)
    },
  )
