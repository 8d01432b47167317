import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies } from '../../db/schema'
import { contactLine } from '../documents/format'
import { ApiError, notFound } from '../lib/errors'
import type { Mailer } from '../lib/mail'
import { deliverOutboxEmail, recordOutboxEmail } from '../outbox/outbox-email'

type Options = {
  tx: Tx
  mailer: Mailer
  companyId: string
  /** The person inviting; the outbox row is theirs. */
  actorUserId: string
  requestId?: string
  to: string
  customerName: string
  /** The one-time link, carrying the token (the only place it is ever written). */
  link: string
  /** Days the link works. */
  validDays: number
}

/**
 * Emails a client portal invitation from the company, through the company outbox as bids and
 * invoices are (recorded there, then handed to the mailer). An invitation whose email cannot be
 * delivered is useless (the token exists only in it), so a refusal is a 503 and the request
 * writes nothing: the contractor tries again.
 */
export async function emailPortalInvite({ tx, mailer, companyId, actorUserId, requestId, to, customerName, link, validDays }: Options) {
  const [company] = await tx.select({ name: companies.name, phone: companies.phone, email: companies.email }).from(companies).where(eq(companies.id, companyId))
  if (!company) throw notFound('Company')
  const subject = `${company.name} invited you to your client portal`
  const text = [
    `Hello ${customerName},`,
    '',
    `${company.name} invited you to your client portal: see your home's equipment and service history, approve quotes, view invoices and message us.`,
    '',
    'Open this link and sign in with this email address to join:',
    link,
    '',
    `The link works once, for ${validDays} days. If you were not expecting it, ignore this email.`,
    '',
    company.name,
    ...(contactLine(company, ' | ') ? [contactLine(company, ' | ')] : []),
  ].join('\n')
  const queued = await recordOutboxEmail(tx, { companyId, createdBy: actorUserId, toAddress: to, subject, bodyText: text })
  const sent = await deliverOutboxEmail({ db: tx, mailer, email: queued, replyTo: company.email, fromName: company.name, failureEvent: 'portal.invite.email_failed', requestId })
  if (sent.status === 'failed') {
    throw new ApiError('unavailable', 'The invitation email could not be sent. Nothing was saved; try again in a moment.', { internal: sent.error ?? undefined })
  }
  return { emailId: queued.id }
}
