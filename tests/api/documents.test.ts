import { deflateSync } from 'node:zlib'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { startServer } from '../../functions/server'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { imageCount, pdfText } from '../support/pdf'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team
let customerId: string

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A real 4×4 RGB PNG (an orange square), built byte by byte. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(4, 0)
  header.writeUInt32BE(4, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, ...Array(4).fill([240, 120, 20]).flat()])))
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]),
  )
}

async function pdfOf(response: Response) {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  return new Uint8Array(await response.arrayBuffer())
}

const outboxCount = () => asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from email_outbox`)[0]!.n)

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Brightline Electric'), createTeam(server, 'Rival Solar')])
  await team.owner.api.patch(`/companies/${team.companyId}`, { address: '44 Mill St, Hartford, CT 06103', phone: '(860) 555-0199', email: 'office@brightline.example.com', licenseNumber: 'E1-7654321' })
  customerId = (await team.owner.api.post('/customers', { name: 'Dana Whitfield', email: 'dana@example.com', address: '18 Orchard Ln, Glastonbury, CT' })).body.id
})
afterAll(async () => {
  await server?.stop()
})

describe('bid PDF', () => {
  test('opens and shows the letterhead, the customer, the lines and the exact totals', async () => {
    const bid = (
      await team.office.api.post('/bids', {
        customerId,
        title: 'Service upgrade',
        lines: [
          { description: 'Electrician', quantity: '2.5', unit: 'hr', unitPriceCents: 3333, type: 'labor' },
          { description: 'Wire, 12/2', quantity: '1.125', unit: 'roll', unitPriceCents: 1999, type: 'material' },
          { description: 'Permit', quantity: '3', unitPriceCents: 12500, type: 'other' },
        ],
        discountCents: 1082,
        taxRateBps: 635,
      })
    ).body
    const bytes = await pdfOf(await team.office.api.raw('GET', `/bids/${bid.id}/pdf`))
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBe(1)
    const text = await pdfText(bytes)
    for (const expected of [
      'Brightline Electric',
      '44 Mill St, Hartford, CT 06103',
      'License E1-7654321',
      `Bid ${bid.number}`,
      'Dana Whitfield',
      '18 Orchard Ln, Glastonbury, CT',
      'Service upgrade',
      'Wire, 12/2',
      '1.125',
      '$83.33',
      '$22.49',
      '$375.00',
      '$480.82',
      '-$10.82',
      'Tax (6.35%)',
      '$29.85',
      '$499.85',
    ]) {
      expect(text, expected).toContain(expected)
    }
    expect(text).not.toContain('$500.00')
  })

  test('the company logo is drawn once uploaded', async () => {
    const bid = (await team.office.api.post('/bids', { customerId, lines: [{ description: 'Visit', quantity: '1', unitPriceCents: 9900 }] })).body
    expect(await imageCount(await pdfOf(await team.office.api.raw('GET', `/bids/${bid.id}/pdf`)))).toBe(0)
    const uploaded = await team.owner.api.upload(`/companies/${team.companyId}/logo`, tinyPng(), 'logo.png', 'image/png')
    expect(uploaded.status).toBe(200)
    expect(await imageCount(await pdfOf(await team.office.api.raw('GET', `/bids/${bid.id}/pdf`)))).toBe(1)
  })
})

describe('invoice PDF', () => {
  test('shows the lines, the payments received and the balance due', async () => {
    const invoice = (
      await team.office.api.post('/invoices', {
        customerId,
        issueDate: '2026-02-02',
        dueDate: '2026-03-04',
        lines: [{ description: 'Panel replacement', quantity: '1', unitPriceCents: 245000, type: 'labor' }],
        taxRateBps: 635,
      })
    ).body
    await team.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})
    const paid = await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 100000, method: 'check', paidOn: '2026-02-10', reference: 'Check #1042' })
    expect(paid.status).toBe(201)
    const text = await pdfText(await pdfOf(await team.office.api.raw('GET', `/invoices/${invoice.id}/pdf`)))
    // 2,450.00 + 6.35% (155.575 → 155.58) = 2,605.58; less 1,000.00 paid = 1,605.58
    for (const expected of [`Invoice ${invoice.number}`, 'Dana Whitfield', 'Panel replacement', 'Mar 4, 2026', '$2,450.00', '$155.58', '$2,605.58', 'Payments received', 'Check #1042', '$1,000.00', 'Balance due', '$1,605.58']) {
      expect(text, expected).toContain(expected)
    }
  })

  test('another company’s documents are 404 and a tech is refused', async () => {
    const bid = (await team.office.api.post('/bids', { customerId, lines: [{ description: 'Visit', quantity: '1', unitPriceCents: 9900 }] })).body
    const invoice = (await team.office.api.post('/invoices', { customerId, lines: [{ description: 'Visit', quantity: '1', unitPriceCents: 9900 }] })).body
    expect((await rival.owner.api.raw('GET', `/bids/${bid.id}/pdf`)).status).toBe(404)
    expect((await rival.owner.api.raw('GET', `/invoices/${invoice.id}/pdf`)).status).toBe(404)
    expect((await team.tech.api.raw('GET', `/bids/${bid.id}/pdf`)).status).toBe(403)
    expect((await team.tech.api.raw('GET', `/invoices/${invoice.id}/pdf`)).status).toBe(403)
  })
})

describe('sending by email and the outbox', () => {
  test('sending a bid records an outbox email with the PDF attached, and the attachment downloads', async () => {
    const bid = (await team.office.api.post('/bids', { customerId, lines: [{ description: 'EV charger install', quantity: '1', unitPriceCents: 128850, type: 'labor' }] })).body
    const sent = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(sent.status).toBe(200)
    expect(sent.body.bid.status).toBe('sent')

    const list = await team.office.api.get('/outbox')
    expect(list.status).toBe(200)
    const email = list.body.data[0]
    expect(email).toMatchObject({ id: sent.body.email.id, to: 'dana@example.com', status: 'sent', error: null })
    expect(email.subject).toContain(bid.number)
    expect(email.sentAt).not.toBeNull()
    expect(email.bodyText).toBeUndefined()
    expect(email.attachments).toHaveLength(1)

    const attachment = await team.office.api.raw('GET', email.attachments[0].url.replace('/api/v1', ''))
    const text = await pdfText(await pdfOf(attachment))
    expect(text).toContain(bid.number)
    expect(text).toContain('$1,288.50')

    const detail = await team.office.api.get(`/outbox/${email.id}`)
    expect(detail.body.bodyText).toContain('Dana Whitfield')
    expect(detail.body.bodyText).toContain('$1,288.50')
    expect(detail.body.bodyText).toContain('Brightline Electric')
  })

  test('sending an invoice marks it sent; sending it again is a reminder that keeps its state', async () => {
    const invoice = (await team.office.api.post('/invoices', { customerId, lines: [{ description: 'Repair', quantity: '2', unitPriceCents: 7500 }] })).body
    const first = await team.office.api.post(`/invoices/${invoice.id}/send`, {})
    expect(first.status).toBe(200)
    expect(first.body.invoice.status).toBe('sent')
    expect(first.body.email).toMatchObject({ status: 'sent', subject: expect.stringContaining(invoice.number) })
    await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 5000, method: 'cash' })
    const reminder = await team.office.api.post(`/invoices/${invoice.id}/send`, {})
    expect(reminder.status).toBe(200)
    expect(reminder.body.invoice.status).toBe('partial')
    expect(reminder.body.email.subject).toMatch(/^Reminder/)
    const detail = await team.office.api.get(`/outbox/${reminder.body.email.id}`)
    expect(detail.body.bodyText).toContain('$100.00')
  })

  test('a void invoice, or a customer without email, is not sent and nothing reaches the outbox', async () => {
    const paperOnly = (await team.owner.api.post('/customers', { name: 'Paper Only' })).body.id
    const invoice = (await team.office.api.post('/invoices', { customerId: paperOnly, lines: [{ description: 'Repair', quantity: '1', unitPriceCents: 7500 }] })).body
    const before = await outboxCount()
    const noEmail = await team.office.api.post(`/invoices/${invoice.id}/send`, {})
    expect(noEmail.status).toBe(422)
    expect(noEmail.body.error.message).toContain('Paper Only has no email address')
    await team.office.api.post(`/invoices/${invoice.id}/void`, {})
    expect((await team.office.api.post(`/invoices/${invoice.id}/send`, {})).status).toBe(409)
    expect(await outboxCount()).toBe(before)
    const files = await asAdmin(server, (sql) => sql`select 1 from files where entity_id = ${invoice.id}`)
    expect(files.length).toBe(0)
  })

  test('the outbox filters by status, is 404 for another company’s email and 403 for a tech', async () => {
    const all = await team.office.api.get('/outbox?pageSize=100')
    expect(all.body.total).toBeGreaterThan(0)
    expect((await team.office.api.get('/outbox?status=failed')).body.data).toEqual([])
    const id = all.body.data[0].id
    expect((await rival.owner.api.get(`/outbox/${id}`)).status).toBe(404)
    expect((await rival.owner.api.get('/outbox')).body.total).toBe(0)
    expect((await team.tech.api.get('/outbox')).status).toBe(403)
    expect((await team.tech.api.get(`/outbox/${id}`)).status).toBe(403)
    // The PDF itself is not reachable by a tech either (Row Level Security on files).
    expect((await team.tech.api.raw('GET', all.body.data[0].attachments[0].url.replace('/api/v1', ''))).status).toBe(404)
  })
})

describe('with a mail provider', () => {
  let mailServer: Awaited<ReturnType<typeof startServer>>
  let mailTeam: Team
  let mailCustomerId: string
  let providerAnswer = 200
  const delivered: { to: string[]; subject: string; attachments: { filename: string; content: string }[] }[] = []

  beforeAll(async () => {
    const realFetch = globalThis.fetch
    // The Resend mailer keeps the fetch it was made with: give it one that plays the provider.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).startsWith('https://api.resend.com/')) {
        if (providerAnswer !== 200) return new Response('{"message":"domain not verified"}', { status: providerAnswer })
        delivered.push(JSON.parse(String(init?.body)))
        return new Response('{"id":"re_1"}', { status: 200 })
      }
      return realFetch(input, init)
    })
    try {
      mailServer = await startServer({ port: 0, dataDir: null, embeddedDbPort: 0, seedDemo: false, mail: { apiKey: 're_test_0123456789', from: 'bids@mail.example.com' } })
    } finally {
      vi.unstubAllGlobals()
    }
    mailTeam = await createTeam(mailServer, 'Provider Electric')
    mailCustomerId = (await mailTeam.owner.api.post('/customers', { name: 'Lee Park', email: 'lee@example.com' })).body.id
  })
  afterAll(async () => {
    await mailServer?.stop()
  })

  test('a delivered email carries the PDF to the provider', async () => {
    providerAnswer = 200
    const bid = (await mailTeam.office.api.post('/bids', { customerId: mailCustomerId, lines: [{ description: 'Rewire', quantity: '1', unitPriceCents: 315000 }] })).body
    const response = await mailTeam.office.api.post(`/bids/${bid.id}/send`, {})
    expect(response.body.email.status).toBe('sent')
    const message = delivered.at(-1)!
    expect(message.to).toEqual(['lee@example.com'])
    expect(message.attachments[0]!.filename).toBe(`${bid.number}.pdf`)
    expect(await pdfText(new Uint8Array(Buffer.from(message.attachments[0]!.content, 'base64')))).toContain('$3,150.00')
  })

  test('when the provider refuses, the bid stays a draft and the outbox keeps the failed attempt with the reason', async () => {
    providerAnswer = 422
    const bid = (await mailTeam.office.api.post('/bids', { customerId: mailCustomerId, lines: [{ description: 'Rewire', quantity: '1', unitPriceCents: 315000 }] })).body
    const response = await mailTeam.office.api.post(`/bids/${bid.id}/send`, {})
    expect(response.status).toBe(200)
    expect(response.body.bid.status).toBe('draft')
    expect(response.body.email.status).toBe('failed')
    expect(response.body.email.error).toContain('domain not verified')
    expect((await mailTeam.office.api.get(`/bids/${bid.id}`)).body.status).toBe('draft')
    const failed = await mailTeam.office.api.get('/outbox?status=failed')
    expect(failed.body.data.map((e: { id: string }) => e.id)).toEqual([response.body.email.id])
    expect(failed.body.data[0].attachments).toHaveLength(1)
  })

  test('a portal invitation the provider refuses is a 503 that saves neither the invitation nor its email (the link exists only in it)', async () => {
    providerAnswer = 422
    const before = (await mailTeam.office.api.get('/outbox')).body.total
    const response = await mailTeam.office.api.post(`/customers/${mailCustomerId}/portal-invite`, { email: 'lee@example.com' })
    expect(response.status).toBe(503)
    expect(response.body.error.message).toBe('The invitation email could not be sent. Nothing was saved; try again in a moment.')
    expect(JSON.stringify(response.body)).not.toContain('domain not verified')
    expect((await mailTeam.office.api.get('/outbox')).body.total).toBe(before)
    expect((await mailTeam.owner.api.get(`/customers/${mailCustomerId}/portal-invites`)).body.items).toEqual([])

    providerAnswer = 200
    expect((await mailTeam.office.api.post(`/customers/${mailCustomerId}/portal-invite`, { email: 'lee@example.com' })).status).toBe(201)
    expect(delivered.at(-1)!.subject).toBe('Provider Electric invited you to your client portal')
  })
})
