import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { files } from '../../db/schema'
import { ApiError, notFound } from '../lib/errors'
import type { Storage } from '../lib/storage'

export type StoredFile = typeof files.$inferSelect

/** What a file may be attached to, and the bucket its bytes go in. */
export const fileKinds = {
  job: { bucket: 'job-files', types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] },
  expense: { bucket: 'receipts', types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] },
  company: { bucket: 'logos', types: ['image/jpeg', 'image/png'] },
  document: { bucket: 'documents', types: ['application/pdf'] },
} as const
export type FileKind = keyof typeof fileKinds

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/**
 * Reads the `file` field of a multipart upload and checks its type and size, or says what
 * is wrong. Hono's `c.req.parseBody()` result goes in.
 */
export function uploadedFile(body: Record<string, unknown>, kind: FileKind): File {
  const file = body.file
  if (!(file instanceof File)) throw new ApiError('validation_failed', 'Send the file as multipart/form-data in a field named "file".')
  const allowed: readonly string[] = fileKinds[kind].types
  if (!allowed.includes(file.type)) throw new ApiError('validation_failed', `Files of type ${file.type || 'unknown'} are not accepted here. Use ${allowed.join(', ')}.`)
  if (file.size === 0) throw new ApiError('validation_failed', 'The file is empty.')
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError('payload_too_large', `Files are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`)
  return file
}

type StoreOptions = {
  tx: Tx
  storage: Storage
  companyId: string
  actorUserId: string
  kind: FileKind
  entityId: string
  name: string
  contentType: string
  bytes: Uint8Array
}

/**
 * Writes the bytes to storage and records the `files` row in the caller's transaction. The
 * path is `<company>/<kind>/<entity>/<file id>`: never derived from the user's file name.
 */
export async function storeFile({ tx, storage, companyId, actorUserId, kind, entityId, name, contentType, bytes }: StoreOptions): Promise<StoredFile> {
  const id = crypto.randomUUID()
  const bucket = fileKinds[kind].bucket
  const path = `${companyId}/${entityId}/${id}`
  await storage.put(bucket, path, bytes, contentType)
  const [row] = await tx
    .insert(files)
    .values({ id, companyId, bucket, path, name: name.slice(0, 200) || 'file', contentType, sizeBytes: bytes.byteLength, entityType: kind, entityId, uploadedBy: actorUserId })
    .returning()
  if (!row) throw new Error('insert returned no row')
  return row
}

/** A file row the caller may see (RLS decides) and its bytes. */
export async function readFile({ tx, storage, fileId }: { tx: Tx; storage: Storage; fileId: string }) {
  const [row] = await tx.select().from(files).where(eq(files.id, fileId))
  if (!row) throw notFound('File')
  const bytes = await storage.get(row.bucket, row.path)
  if (!bytes) throw new ApiError('not_found', 'The file record exists but its content is missing from storage.')
  return { file: row, bytes }
}

/** Files attached to one entity, newest first. */
export async function listFiles(tx: Tx, kind: FileKind, entityId: string) {
  return tx
    .select()
    .from(files)
    .where(and(eq(files.entityType, kind), eq(files.entityId, entityId)))
    .orderBy(files.createdAt)
}

/** The API's view of a file: download URL instead of storage coordinates. */
export const toFileInfo = (row: StoredFile) => ({
  id: row.id,
  name: row.name,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  url: `/api/v1/files/${row.id}`,
  createdAt: row.createdAt.toISOString(),
})
