/**
 * Outgoing email. Every message is first written to `email_outbox` (the record the CRM
 * shows); a mailer then delivers it. The embedded default's mailer delivers into the outbox
 * itself, so nothing leaves the machine; production sets a provider key.
 */
export type OutgoingEmail = {
  to: string
  subject: string
  text: string
  attachments: { name: string; contentType: string; bytes: Uint8Array }[]
  replyTo?: string | null
  fromName?: string | null
}

export type Mailer = {
  readonly kind: 'outbox' | 'resend'
  /** Resolves when the provider accepted the message; throws with the provider's reason otherwise. */
  deliver(email: OutgoingEmail): Promise<void>
}

/** Keeps mail in the outbox table only (embedded default, tests). */
export const outboxMailer = (): Mailer => ({ kind: 'outbox', async deliver() {} })

const toBase64 = (bytes: Uint8Array) => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Resend's HTTP API (runs on Workers and Node alike). */
export function resendMailer({ apiKey, from, fetch: fetchFn = fetch }: { apiKey: string; from: string; fetch?: typeof fetch }): Mailer {
  return {
    kind: 'resend',
    async deliver(email) {
      const response = await fetchFn('https://api.resend.com/emails', {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          from: email.fromName ? `${email.fromName} <${from}>` : from,
          to: [email.to],
          subject: email.subject,
          text: email.text,
          ...(email.replyTo ? { reply_to: email.replyTo } : {}),
          attachments: email.attachments.map((a) => ({ filename: a.name, content: toBase64(a.bytes) })),
        }),
      })
      if (!response.ok) throw new Error(`Resend refused the message (${response.status}): ${(await response.text()).slice(0, 300)}`)
    },
  }
}

/** Resend when configured, otherwise the outbox only. */
export const mailerFor = (config: { mail?: { apiKey: string; from: string } }): Mailer =>
  config.mail ? resendMailer(config.mail) : outboxMailer()
