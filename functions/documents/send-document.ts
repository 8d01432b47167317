import type { Tx } from '../../db/client'
import { storeFile } from '../files/store-file'
import { deliverOutboxEmail, recordOutboxEmail, type OutboxRow } from '../outbox/outbox-email'
import type { Mailer } from '../lib/mail'
import type { Storage } from '../lib/storage'

/** Who sends a document, and through what: the request's transaction, file storage and mailer. */
export type DocumentSender = {
  tx: Tx
  storage: Storage
  mailer: Mailer
  companyId: string
  /** The person sending; the stored PDF and the outbox row are theirs. */
  actorUserId: string
  requestId?: string
}

type Options = DocumentSender & {
  /** The bid or invoice the PDF is of; the stored file is attached to it. */
  documentId: string
  to: string
  subject: string
  text: string
  /** The PDF, stored as a `document` file and attached to the email. */
  attachment: { name: string; bytes: Uint8Array }
  /** Where the customer's reply goes: the company's own address. */
  replyTo?: string | null
  fromName?: string | null
}

/**
 * Emails a document as a PDF attachment: stores the PDF, records the email in the outbox,
 * hands it to the mailer and marks the outbox row `sent` or `failed` (with the mailer's
 * reason). A failed delivery does not throw: the caller decides what it means, and the
 * attempt stays on record.
 */
export async function sendDocumentEmail(options: Options): Promise<OutboxRow> {
  const { tx, storage, mailer, companyId, actorUserId, documentId, to, subject, text, attachment } = options
  const file = await storeFile({
    tx,
    storage,
    companyId,
    actorUserId,
    kind: 'document',
    entityId: documentId,
    name: attachment.name,
    contentType: 'application/pdf',
    bytes: attachment.bytes,
  })
  const queued = await recordOutboxEmail(tx, { companyId, createdBy: actorUserId, toAddress: to, subject, bodyText: text, attachments: [{ fileId: file.id, name: file.name }] })
  return deliverOutboxEmail({
    db: tx,
    mailer,
    email: queued,
    attachments: [{ name: file.name, contentType: 'application/pdf', bytes: attachment.bytes }],
    replyTo: options.replyTo,
    fromName: options.fromName,
    failureEvent: 'documents.send.failed',
    requestId: options.requestId,
  })
}
