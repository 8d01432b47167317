import type { Tx } from '../../db/client'
import { recordAudit } from '../audit/record-audit'
import type { FileInfo } from '../files/schemas'
import { storeFile, toFileInfo } from '../files/store-file'
import type { Storage } from '../lib/storage'
import { requireJob } from './job-references'

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  /** The uploader; a tech may later delete what they uploaded. */
  actorUserId: string
  jobId: string
  /** Checked by `uploadedFile` (type and size). */
  file: File
  requestId?: string
}

/** Attaches a photo or PDF to a job the caller can see. */
export async function attachJobFile({ tx, storage, companyId, actorUserId, jobId, file, requestId }: Options): Promise<FileInfo> {
  await requireJob(tx, companyId, jobId)
  const row = await storeFile({
    tx,
    storage,
    companyId,
    actorUserId,
    kind: 'job',
    entityId: jobId,
    name: file.name,
    contentType: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
  })
  await recordAudit({ tx, companyId, actorUserId, action: 'job.file.add', entityType: 'job', entityId: jobId, changes: { fileId: row.id, name: row.name }, requestId })
  return toFileInfo(row)
}
