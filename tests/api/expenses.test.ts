import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { pdfText } from '../support/pdf'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team
let assignedJobId: string
let otherJobId: string
let rivalJobId: string

/** A job of `companyId` inserted directly (the jobs API is not what is under test), optionally assigned. */
async function insertJob(companyId: string, title: string, assignTo: string[] = []): Promise<string> {
  return asAdmin(server, async (sql) => {
    const [customer] = await sql<{ id: string }[]>`insert into customers (company_id, name) values (${companyId}, ${`${title} customer`}) returning id`
    const [job] = await sql<{ id: string }[]>`insert into jobs (company_id, customer_id, title, trade) values (${companyId}, ${customer!.id}, ${title}, 'electrical') returning id`
    for (const userId of assignTo) await sql`insert into job_assignments (company_id, job_id, user_id) values (${companyId}, ${job!.id}, ${userId})`
    return job!.id
  })
}

const expenseCount = () => asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from expenses`)[0]!.n)

const receiptBytes = new TextEncoder().encode('%PDF-1.4\n% a receipt\n')

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Ledger Electric'), createTeam(server, 'Rival Plumbing')])
  ;[assignedJobId, otherJobId, rivalJobId] = await Promise.all([
    insertJob(team.companyId, 'Panel upgrade', [team.tech.userId]),
    insertJob(team.companyId, 'Office remodel'),
    insertJob(rival.companyId, 'Rival job'),
  ])
})
afterAll(async () => {
  await server?.stop()
})

describe('recording and reading expenses', () => {
  test('an owner records an expense linked to a job and reads it back', async () => {
    const created = await team.owner.api.post('/expenses', {
      category: 'materials',
      vendor: 'City Electric Supply',
      description: '200A panel',
      amountCents: 48_250,
      incurredOn: '2026-03-15',
      jobId: otherJobId,
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      category: 'materials',
      vendor: 'City Electric Supply',
      description: '200A panel',
      amountCents: 48_250,
      incurredOn: '2026-03-15',
      jobId: otherJobId,
      jobTitle: 'Office remodel',
      createdBy: team.owner.userId,
      createdByEmail: team.owner.email,
      receipt: null,
    })
    const read = await team.owner.api.get(`/expenses/${created.body.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toEqual(created.body)
    const audit = await asAdmin(server, (sql) => sql<{ action: string }[]>`select action from audit_log where entity_id = ${created.body.id}`)
    expect(audit.map((row) => row.action)).toEqual(['expense.create'])
  })

  test('a tech records an expense on a job assigned to them', async () => {
    const created = await team.tech.api.post('/expenses', { category: 'fuel', amountCents: 6_120, incurredOn: '2026-03-16', jobId: assignedJobId })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ createdBy: team.tech.userId, jobId: assignedJobId, jobTitle: 'Panel upgrade', vendor: null })
  })

  test('an update changes only the fields sent, can unlink the job, and is audited', async () => {
    const created = await team.office.api.post('/expenses', { category: 'tools', vendor: 'Hardware Co', amountCents: 1_999, incurredOn: '2026-02-01', jobId: otherJobId })
    const updated = await team.office.api.patch(`/expenses/${created.body.id}`, { amountCents: 2_499, jobId: null })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ amountCents: 2_499, jobId: null, jobTitle: null, vendor: 'Hardware Co', category: 'tools', incurredOn: '2026-02-01' })
    const audit = await asAdmin(server, (sql) => sql<{ action: string; changes: unknown }[]>`select action, changes from audit_log where entity_id = ${created.body.id} order by created_at`)
    expect(audit.map((row) => row.action)).toEqual(['expense.create', 'expense.update'])
    expect(audit[1]!.changes).toEqual({ amountCents: 2_499, jobId: null })
  })

  test('deleting an expense removes it and its receipt', async () => {
    const created = await team.owner.api.post('/expenses', { category: 'other', amountCents: 500, incurredOn: '2026-01-05' })
    const withReceipt = await team.owner.api.upload(`/expenses/${created.body.id}/receipt`, receiptBytes, 'r.pdf', 'application/pdf')
    expect(withReceipt.status).toBe(200)
    expect((await team.owner.api.delete(`/expenses/${created.body.id}`)).status).toBe(204)
    expect((await team.owner.api.get(`/expenses/${created.body.id}`)).status).toBe(404)
    expect((await team.owner.api.raw('GET', withReceipt.body.receipt.url.replace('/api/v1', ''))).status).toBe(404)
  })
})

describe('listing expenses with filters', () => {
  // Every expense of this section falls in 2024, a year no other test uses.
  const year = 'from=2024-01-01&to=2024-12-31'
  let jobId: string

  beforeAll(async () => {
    jobId = await insertJob(team.companyId, 'Filtered job')
    const rows = [
      { category: 'materials', amountCents: 10_000, incurredOn: '2024-01-31', jobId },
      { category: 'materials', amountCents: 2_345, incurredOn: '2024-02-01', jobId },
      { category: 'fuel', amountCents: 4_400, incurredOn: '2024-02-14' },
      { category: 'permits', amountCents: 15_000, incurredOn: '2024-02-28', jobId },
      { category: 'materials', amountCents: 777, incurredOn: '2024-03-01' },
    ]
    for (const row of rows) expect((await team.owner.api.post('/expenses', row)).status).toBe(201)
  })

  test('a year lists its expenses newest first with the total of all of them', async () => {
    const list = await team.owner.api.get(`/expenses?${year}`)
    expect(list.status).toBe(200)
    expect(list.body.total).toBe(5)
    expect(list.body.totalCents).toBe(10_000 + 2_345 + 4_400 + 15_000 + 777)
    expect(list.body.data.map((e: { incurredOn: string }) => e.incurredOn)).toEqual(['2024-03-01', '2024-02-28', '2024-02-14', '2024-02-01', '2024-01-31'])
  })

  test('from and to are inclusive days', async () => {
    const list = await team.owner.api.get('/expenses?from=2024-02-01&to=2024-02-28')
    expect(list.body.total).toBe(3)
    expect(list.body.totalCents).toBe(2_345 + 4_400 + 15_000)
  })

  test('category and job narrow the list and its total', async () => {
    const materials = await team.owner.api.get(`/expenses?${year}&category=materials`)
    expect(materials.body.total).toBe(3)
    expect(materials.body.totalCents).toBe(10_000 + 2_345 + 777)
    const onJob = await team.owner.api.get(`/expenses?jobId=${jobId}&category=materials`)
    expect(onJob.body.total).toBe(2)
    expect(onJob.body.totalCents).toBe(12_345)
  })

  test('the per-category breakdown covers the period and job whatever category is filtered', async () => {
    const expected = [
      { category: 'materials', count: 3, totalCents: 13_122 },
      { category: 'fuel', count: 1, totalCents: 4_400 },
      { category: 'permits', count: 1, totalCents: 15_000 },
    ]
    const byCategory = (body: { byCategory: { category: string }[] }) => [...body.byCategory].sort((a, b) => a.category.localeCompare(b.category))
    const sorted = [...expected].sort((a, b) => a.category.localeCompare(b.category))
    expect(byCategory((await team.owner.api.get(`/expenses?${year}`)).body)).toEqual(sorted)
    expect(byCategory((await team.owner.api.get(`/expenses?${year}&category=fuel&pageSize=1`)).body)).toEqual(sorted)
    expect(byCategory((await team.owner.api.get(`/expenses?jobId=${jobId}`)).body)).toEqual([
      { category: 'materials', count: 2, totalCents: 12_345 },
      { category: 'permits', count: 1, totalCents: 15_000 },
    ])
  })

  test('pages split the list while the total still covers the whole filter', async () => {
    const second = await team.owner.api.get(`/expenses?${year}&page=2&pageSize=2`)
    expect(second.body.data.map((e: { incurredOn: string }) => e.incurredOn)).toEqual(['2024-02-14', '2024-02-01'])
    expect(second.body).toMatchObject({ page: 2, pageSize: 2, total: 5, totalCents: 32_522 })
  })

  test('bad filters answer 422', async () => {
    expect((await team.owner.api.get('/expenses?from=2024-03-01&to=2024-02-01')).status).toBe(422)
    expect((await team.owner.api.get('/expenses?from=yesterday')).status).toBe(422)
    expect((await team.owner.api.get('/expenses?category=snacks')).status).toBe(422)
    expect((await team.owner.api.get('/expenses?jobId=42')).status).toBe(422)
  })
})

describe('bad input writes nothing', () => {
  const valid = { category: 'materials', amountCents: 1_000, incurredOn: '2026-03-01' }

  test.each([
    ['a zero amount', { ...valid, amountCents: 0 }, 'amountCents'],
    ['a negative amount', { ...valid, amountCents: -500 }, 'amountCents'],
    ['a fractional amount of cents', { ...valid, amountCents: 10.5 }, 'amountCents'],
    ['an amount sent as text', { ...valid, amountCents: '1000' }, 'amountCents'],
    ['an amount above $10,000,000', { ...valid, amountCents: 1_000_000_001 }, 'amountCents'],
    ['an unknown category', { ...valid, category: 'snacks' }, 'category'],
    ['a missing category', { amountCents: 1_000, incurredOn: '2026-03-01' }, 'category'],
    ['an impossible date', { ...valid, incurredOn: '2026-02-30' }, 'incurredOn'],
    ['a job id that is not a UUID', { ...valid, jobId: 'job-1' }, 'jobId'],
    ['an unknown field', { ...valid, createdBy: '00000000-0000-4000-8000-000000000000' }, '(body)'],
  ])('%s is refused with 422', async (_label, body, path) => {
    const before = await expenseCount()
    const response = await team.owner.api.post('/expenses', body)
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path)
    expect(await expenseCount()).toBe(before)
  })

  test('another company’s job cannot be linked, on create or update', async () => {
    const before = await expenseCount()
    const created = await team.owner.api.post('/expenses', { ...valid, jobId: rivalJobId })
    expect(created.status).toBe(422)
    expect(created.body.error.details).toEqual([{ path: 'jobId', message: expect.stringMatching(/No such job/) }])
    expect(await expenseCount()).toBe(before)

    const mine = await team.owner.api.post('/expenses', valid)
    const patched = await team.owner.api.patch(`/expenses/${mine.body.id}`, { jobId: rivalJobId, amountCents: 9_999 })
    expect(patched.status).toBe(422)
    const after = await team.owner.api.get(`/expenses/${mine.body.id}`)
    expect(after.body).toMatchObject({ jobId: null, amountCents: 1_000 })
  })

  test('a tech cannot link a job that is not assigned to them', async () => {
    const before = await expenseCount()
    const response = await team.tech.api.post('/expenses', { ...valid, jobId: otherJobId })
    expect(response.status).toBe(422)
    expect(await expenseCount()).toBe(before)
  })

  test('a zero amount in an update leaves the expense as it was', async () => {
    const mine = await team.owner.api.post('/expenses', { ...valid, vendor: 'Keep me' })
    const patched = await team.owner.api.patch(`/expenses/${mine.body.id}`, { amountCents: 0, vendor: 'Changed' })
    expect(patched.status).toBe(422)
    expect((await team.owner.api.get(`/expenses/${mine.body.id}`)).body).toMatchObject({ amountCents: 1_000, vendor: 'Keep me' })
  })
})

describe('who sees and changes which expenses', () => {
  let techExpenseId: string
  let officeExpenseId: string

  beforeAll(async () => {
    techExpenseId = (await team.tech.api.post('/expenses', { category: 'tools', vendor: 'Tech tools', amountCents: 3_300, incurredOn: '2026-03-02' })).body.id
    officeExpenseId = (await team.office.api.post('/expenses', { category: 'permits', vendor: 'Town hall', amountCents: 12_000, incurredOn: '2026-03-02' })).body.id
  })

  test('a tech lists only their own expenses, and the total covers only those', async () => {
    const list = await team.tech.api.get('/expenses?pageSize=100')
    expect(list.status).toBe(200)
    expect(list.body.data.length).toBeGreaterThan(0)
    expect(list.body.data.every((e: { createdBy: string }) => e.createdBy === team.tech.userId)).toBe(true)
    const own = await asAdmin(server, async (sql) => (await sql<{ n: number; cents: number }[]>`select count(*)::int as n, sum(amount_cents)::int as cents from expenses where created_by = ${team.tech.userId}`)[0]!)
    expect(list.body.total).toBe(own.n)
    expect(list.body.totalCents).toBe(own.cents)
  })

  test('office, admin and owner see everyone’s expenses', async () => {
    for (const account of [team.owner, team.admin, team.office]) {
      const ids = (await account.api.get('/expenses?pageSize=100')).body.data.map((e: { id: string }) => e.id)
      expect(ids).toEqual(expect.arrayContaining([techExpenseId, officeExpenseId]))
    }
  })

  test('another person’s expense is not found for a tech, to read, change, delete or attach to', async () => {
    expect((await team.tech.api.get(`/expenses/${officeExpenseId}`)).status).toBe(404)
    expect((await team.tech.api.patch(`/expenses/${officeExpenseId}`, { amountCents: 1 })).status).toBe(404)
    expect((await team.tech.api.delete(`/expenses/${officeExpenseId}`)).status).toBe(404)
    expect((await team.tech.api.upload(`/expenses/${officeExpenseId}/receipt`, receiptBytes, 'r.pdf', 'application/pdf')).status).toBe(404)
    expect((await team.owner.api.get(`/expenses/${officeExpenseId}`)).body).toMatchObject({ amountCents: 12_000, receipt: null })
  })

  test('a tech edits their own expense', async () => {
    const patched = await team.tech.api.patch(`/expenses/${techExpenseId}`, { description: 'Crimper' })
    expect(patched.status).toBe(200)
    expect(patched.body.description).toBe('Crimper')
  })

  test('office may edit a tech’s expense (expenses:manage)', async () => {
    const patched = await team.office.api.patch(`/expenses/${techExpenseId}`, { vendor: 'Corrected vendor' })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ vendor: 'Corrected vendor', createdBy: team.tech.userId })
  })

  test('another company’s expense is not found for every role', async () => {
    for (const account of [rival.owner, rival.admin, rival.office, rival.tech]) {
      expect((await account.api.get(`/expenses/${officeExpenseId}`)).status).toBe(404)
      expect((await account.api.patch(`/expenses/${officeExpenseId}`, { amountCents: 1 })).status).toBe(404)
      expect((await account.api.delete(`/expenses/${officeExpenseId}`)).status).toBe(404)
    }
    expect((await rival.owner.api.get('/expenses')).body.total).toBe(0)
    expect((await team.owner.api.get(`/expenses/${officeExpenseId}`)).body.amountCents).toBe(12_000)
  })
})

describe('receipts', () => {
  test('a tech attaches a receipt to their expense and downloads it', async () => {
    const created = await team.tech.api.post('/expenses', { category: 'materials', amountCents: 2_000, incurredOn: '2026-03-03' })
    const attached = await team.tech.api.upload(`/expenses/${created.body.id}/receipt`, receiptBytes, 'receipt.pdf', 'application/pdf')
    expect(attached.status).toBe(200)
    expect(attached.body.receipt).toMatchObject({ name: 'receipt.pdf', contentType: 'application/pdf', sizeBytes: receiptBytes.byteLength })
    const download = await team.tech.api.raw('GET', attached.body.receipt.url.replace('/api/v1', ''))
    expect(download.status).toBe(200)
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(receiptBytes)
    expect((await team.tech.api.get(`/expenses/${created.body.id}`)).body.receipt.id).toBe(attached.body.receipt.id)
  })

  test('a new receipt replaces the old one, whose file is gone', async () => {
    const created = await team.owner.api.post('/expenses', { category: 'materials', amountCents: 2_000, incurredOn: '2026-03-03' })
    const first = await team.owner.api.upload(`/expenses/${created.body.id}/receipt`, receiptBytes, 'first.pdf', 'application/pdf')
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const second = await team.owner.api.upload(`/expenses/${created.body.id}/receipt`, png, 'second.png', 'image/png')
    expect(second.status).toBe(200)
    expect(second.body.receipt.name).toBe('second.png')
    expect((await team.owner.api.raw('GET', first.body.receipt.url.replace('/api/v1', ''))).status).toBe(404)
    const files = await asAdmin(server, (sql) => sql`select id from files where entity_type = 'expense' and entity_id = ${created.body.id}`)
    expect(files.map((f) => f.id)).toEqual([second.body.receipt.id])
  })

  test('a file that is not an image or PDF is refused and nothing is attached', async () => {
    const created = await team.owner.api.post('/expenses', { category: 'materials', amountCents: 2_000, incurredOn: '2026-03-03' })
    const refused = await team.owner.api.upload(`/expenses/${created.body.id}/receipt`, new TextEncoder().encode('hello'), 'notes.txt', 'text/plain')
    expect(refused.status).toBe(422)
    expect((await team.owner.api.get(`/expenses/${created.body.id}`)).body.receipt).toBeNull()
    const files = await asAdmin(server, (sql) => sql`select id from files where entity_id = ${created.body.id}`)
    expect(files).toHaveLength(0)
  })

  test('an upload without a file field, or sent as JSON, is refused', async () => {
    const created = await team.owner.api.post('/expenses', { category: 'materials', amountCents: 2_000, incurredOn: '2026-03-03' })
    const form = new FormData()
    form.set('other', 'x')
    const response = await team.owner.api.raw('POST', `/expenses/${created.body.id}/receipt`, { body: form })
    expect(response.status).toBe(422)
    const asJson = await team.owner.api.post(`/expenses/${created.body.id}/receipt`, { file: 'x' })
    expect(asJson.status).toBe(400)
    expect(asJson.body.error.code).toBe('bad_request')
    expect((await team.owner.api.get(`/expenses/${created.body.id}`)).body.receipt).toBeNull()
  })
})

describe('the expense report PDF', () => {
  // Every expense of this section falls in April–May 2025, months no other test uses.
  beforeAll(async () => {
    const jobId = await insertJob(team.companyId, 'Roof tear-off')
    const rows = [
      { category: 'materials', vendor: 'Shingle Depot', amountCents: 123_456, incurredOn: '2025-04-02', jobId },
      { category: 'materials', vendor: 'Nail Barn', amountCents: 1_111, incurredOn: '2025-04-10' },
      { category: 'fuel', vendor: 'Gas Stop', amountCents: 8_050, incurredOn: '2025-04-30' },
      { category: 'permits', vendor: 'Out of period', amountCents: 99_999, incurredOn: '2025-05-01' },
    ]
    for (const row of rows) expect((await team.owner.api.post('/expenses', row)).status).toBe(201)
  })

  test('the report parses and carries the period, totals by category and the list', async () => {
    const response = await team.office.api.raw('GET', '/expenses/report.pdf?from=2025-04-01&to=2025-04-30')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await response.arrayBuffer())
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1)
    const text = await pdfText(bytes)
    expect(text).toContain('Ledger Electric')
    expect(text).toContain('Expense report')
    expect(text).toContain('2025-04-01 to 2025-04-30')
    expect(text).toContain('$1,245.67') // materials: 1,234.56 + 11.11
    expect(text).toContain('$80.50') // fuel
    expect(text).toContain('$1,326.17') // total
    expect(text).toContain('Shingle Depot')
    expect(text).toContain('Roof tear-off')
    expect(text).not.toContain('Out of period')
    expect(text).not.toContain('$999.99')
  })

  test('a category filter narrows the totals', async () => {
    const response = await team.owner.api.raw('GET', '/expenses/report.pdf?from=2025-04-01&to=2025-04-30&category=fuel')
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()))
    expect(text).toContain('Fuel')
    expect(text).toContain('$80.50')
    expect(text).not.toContain('Shingle Depot')
    expect(text).not.toContain('$1,326.17')
  })

  test('an empty period still gives a report with a zero total', async () => {
    const response = await team.owner.api.raw('GET', '/expenses/report.pdf?from=2020-01-01&to=2020-01-31')
    expect(response.status).toBe(200)
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()))
    expect(text).toContain('No expenses match')
    expect(text).toContain('$0.00')
  })

  test('a tech cannot get the report, and bad dates answer 422', async () => {
    expect((await team.tech.api.raw('GET', '/expenses/report.pdf')).status).toBe(403)
    expect((await team.owner.api.raw('GET', '/expenses/report.pdf?from=2025-05-01&to=2025-04-01')).status).toBe(422)
  })
})
