import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { emailOutbox } from '../../db/schema'
import { storeFile } from '../files/store-file'
import { log } from '../lib/logger'
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

export type OutboxRow = typeof emailOutbox.$inferSelect

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
  const [queued] = await tx
    .insert(emailOutbox)
    .values({ companyId, toAddress: to, subject, bodyText: text, attachments: [{ fileId: file.id, name: file.name }], status: 'queued', createdBy: actorUserId })
    .returning()
  if (!queued) throw new Error('insert returned no row')

  let outcome: Partial<OutboxRow>
  try {
    await mailer.deliver({
      to,
      subject,
      text,
      attachments: [{ name: file.name, contentType: 'application/pdf', bytes: attachment.bytes }],
      replyTo: options.replyTo,
      fromName: options.fromName,
    })
    outcome = { status: 'sent', sentAt: new Date(), error: null }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    log.warn('documents.send.failed', { requestId: options.requestId, emailId: queued.id, mailer: mailer.kind, reason })
    outcome = { status: 'failed', error: reason.slice(0, 500) }
  }
  const [done] = await tx.update(emailOutbox).set(outcome).where(eq(emailOutbox.id, queued.id)).returning()
  if (!done) throw new Error('update returned no row')
  return done
}
