import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team

beforeAll(async () => {
  server = await startTestServer()
  ;[a, b] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing')])
})
afterAll(async () => {
  await server?.stop()
})

const encoder = new TextEncoder()
const customerCount = (team: Team) =>
  asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from customers where company_id = ${team.companyId}`)[0]!.n)

/** Uploads a CSV for preview as a multipart `file` field, as the web app does. */
const preview = (account: Account, csv: string | Uint8Array) =>
  account.api.upload('/customers/import/preview', typeof csv === 'string' ? encoder.encode(csv) : csv, 'customers.csv', 'text/csv')

const commit = (account: Account, rows: unknown[]) => account.api.post('/customers/import/commit', { rows })

type PreviewRow = { rowNumber: number; values: Record<string, string | null>; errors: { field: string; message: string }[]; duplicateOf: any }

describe('previewing a customer CSV', () => {
  test('a good file is read row by row with normalised values and nothing is saved', async () => {
    const before = await customerCount(a)
    const csv = [
      'name,email,phone,address,notes',
      'Dana Whitfield,DANA@Example.com,(860) 555-0142,"18 Orchard Ln, Glastonbury, CT",Side gate',
      '  Marcus Lee  ,,203-555-0100,,',
      'Ana Souza,ana@example.com,,,"Prefers text, not calls"',
    ].join('\r\n')
    const response = await preview(a.office, csv)
    expect(response.status).toBe(200)
    expect(response.body.columns).toEqual({
      found: ['name', 'email', 'phone', 'address', 'notes'],
      used: { name: 'name', email: 'email', phone: 'phone', address: 'address', notes: 'notes' },
      ignored: [],
    })
    expect(response.body.rows).toEqual([
      { rowNumber: 2, values: { name: 'Dana Whitfield', email: 'dana@example.com', phone: '(860) 555-0142', address: '18 Orchard Ln, Glastonbury, CT', notes: 'Side gate' }, errors: [], duplicateOf: null },
      { rowNumber: 3, values: { name: 'Marcus Lee', email: null, phone: '203-555-0100', address: null, notes: null }, errors: [], duplicateOf: null },
      { rowNumber: 4, values: { name: 'Ana Souza', email: 'ana@example.com', phone: null, address: null, notes: 'Prefers text, not calls' }, errors: [], duplicateOf: null },
    ])
    expect(response.body.summary).toEqual({ rows: 3, valid: 3, invalid: 0, duplicates: 0, ready: 3 })
    expect(await customerCount(a)).toBe(before)
  })

  test('common column spellings are recognised and unknown columns are listed as ignored', async () => {
    const csv = 'Full Name;E-mail;Phone Number;Street Address;Comments;Favourite Colour\nJo March;jo@example.com;555-123-4567;1 Orchard House;Writes;Blue\n'
    const response = await preview(a.office, csv)
    expect(response.status).toBe(200)
    expect(response.body.columns.used).toEqual({ name: 'Full Name', email: 'E-mail', phone: 'Phone Number', address: 'Street Address', notes: 'Comments' })
    expect(response.body.columns.ignored).toEqual(['Favourite Colour'])
    expect(response.body.rows[0].values).toEqual({ name: 'Jo March', email: 'jo@example.com', phone: '555-123-4567', address: '1 Orchard House', notes: 'Writes' })

    const split = await preview(a.office, 'FIRST_NAME,last name,Mobile\nAmy,March,555 987 6543\n,Laurence,\n')
    expect(split.body.columns.used).toMatchObject({ name: 'FIRST_NAME + last name', phone: 'Mobile' })
    expect(split.body.rows.map((r: PreviewRow) => r.values.name)).toEqual(['Amy March', 'Laurence'])
  })

  test('a UTF-8 byte-order mark is ignored and accented names survive', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Name,Email\nJosé Núñez,jose@example.com\n')])
    const response = await preview(a.office, bytes)
    expect(response.status).toBe(200)
    expect(response.body.columns.found).toEqual(['Name', 'Email'])
    expect(response.body.rows[0].values.name).toBe('José Núñez')
  })

  test('the CSV can also be sent as the request body', async () => {
    const response = await a.office.api.raw('POST', '/customers/import/preview', { body: 'name\nBody Sent\n', headers: { 'content-type': 'text/csv' } })
    expect(response.status).toBe(200)
    const body = (await response.json()) as any
    expect(body.rows[0].values.name).toBe('Body Sent')
  })

  test('duplicates are found against existing customers and earlier rows of the file', async () => {
    const existing = await a.owner.api.post('/customers', { name: 'Existing Person', email: 'existing@example.com', phone: '+1 (860) 555-0199', address: '5 Known St' })
    // Another company's customer with the same email is nobody's duplicate here.
    await b.owner.api.post('/customers', { name: 'Bravo Person', email: 'bravo.only@example.com' })
    const csv = [
      'name,email,phone,address',
      'New Name,EXISTING@example.com,,',
      'Other Name,,860.555.0199,',
      'existing person,,,5 known st.',
      'First Copy,copy@example.com,,',
      'Second Copy,Copy@Example.com,,',
      'Phone One,,203 555 0111,',
      'Phone Two,,(203) 555-0111,',
      'Bravo Person,bravo.only@example.com,,',
      'Same Name,,,1 A St',
      'Same Name,,,2 B St',
    ].join('\n')
    const response = await preview(a.office, csv)
    expect(response.status).toBe(200)
    const dup = (row: number) => response.body.rows.find((r: PreviewRow) => r.rowNumber === row).duplicateOf
    expect(dup(2)).toEqual({ customerId: existing.body.id, rowNumber: null, name: 'Existing Person', reason: 'email' })
    expect(dup(3)).toEqual({ customerId: existing.body.id, rowNumber: null, name: 'Existing Person', reason: 'phone' })
    expect(dup(4)).toEqual({ customerId: existing.body.id, rowNumber: null, name: 'Existing Person', reason: 'name+address' })
    expect(dup(5)).toBeNull()
    expect(dup(6)).toEqual({ customerId: null, rowNumber: 5, name: 'First Copy', reason: 'email' })
    expect(dup(7)).toBeNull()
    expect(dup(8)).toEqual({ customerId: null, rowNumber: 7, name: 'Phone One', reason: 'phone' })
    expect(dup(9)).toBeNull()
    expect(dup(10)).toBeNull()
    expect(dup(11)).toBeNull()
    expect(response.body.summary).toEqual({ rows: 10, valid: 10, invalid: 0, duplicates: 5, ready: 5 })
  })

  test('bad rows are listed with their spreadsheet row numbers and reasons', async () => {
    const csv = [
      'name,email,phone',
      'Good Row,good@example.com,',
      ',nobody@example.com,',
      '',
      'Bad Email,not-an-email,',
      `Long Phone,,${'9'.repeat(41)}`,
      'Too Many,a@example.com,555,extra',
      'Good Again,,',
    ].join('\n')
    const response = await preview(a.office, csv)
    expect(response.status).toBe(200)
    const rows = response.body.rows as PreviewRow[]
    expect(rows.map((r) => [r.rowNumber, r.errors.map((e) => e.field)])).toEqual([
      [2, []],
      [3, ['name']],
      [5, ['email']],
      [6, ['phone']],
      [7, ['row']],
      [8, []],
    ])
    expect(rows[1]!.errors[0]!.message).toBe('Name is required.')
    expect(rows[2]!.values.email).toBe('not-an-email')
    expect(rows[4]!.errors[0]!.message).toMatch(/4 cells but the header has 3/)
    expect(response.body.summary).toEqual({ rows: 6, valid: 2, invalid: 4, duplicates: 0, ready: 2 })
  })

  test('a file without a recognisable name column is refused, listing the columns found', async () => {
    const response = await preview(a.office, 'Identifier,Mail Box,Telephone\n1,x,y\n')
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.error.message).toMatch(/name/)
    expect(response.body.error.message).toContain('"Identifier", "Mail Box", "Telephone"')
  })

  test('encodings other than UTF-8 are refused with how to fix it', async () => {
    const latin1 = new Uint8Array([...encoder.encode('name\nJos'), 0xe9, 0x0a])
    const invalid = await preview(a.office, latin1)
    expect(invalid.status).toBe(422)
    expect(invalid.body.error.message).toMatch(/not valid UTF-8.*CSV UTF-8/)

    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('name\n').flatMap((ch) => [ch.charCodeAt(0), 0])])
    const wide = await preview(a.office, utf16)
    expect(wide.status).toBe(422)
    expect(wide.body.error.message).toMatch(/UTF-16.*CSV UTF-8/)

    expect((await preview(a.office, new Uint8Array())).status).toBe(422)
    expect((await preview(a.office, '\n\n')).status).toBe(422)
  })

  test('10,000 rows are accepted and 10,001 are refused with the limit', async () => {
    const names = (n: number) => ['name', ...Array.from({ length: n }, (_, i) => `Person ${i}`)].join('\n')
    const ok = await preview(a.office, names(10_000))
    expect(ok.status).toBe(200)
    expect(ok.body.summary.rows).toBe(10_000)
    const tooMany = await preview(a.office, names(10_001))
    expect(tooMany.status).toBe(413)
    expect(tooMany.body.error.message).toMatch(/10,001 rows.*at most 10,000/)
  })

  test('a realistic 10,000-row file (over 1 MB) is previewed and its rows committed, past the ordinary body limit', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Customer ${i},customer.${i}@example.com,(860) 555-${String(i).padStart(4, '0')},"${i} Long Meadow Road, Glastonbury, CT 06033",Gate code 4412; dog in the yard`)
    const csv = ['name,email,phone,address,notes', ...rows].join('\r\n')
    expect(encoder.encode(csv).byteLength).toBeGreaterThan(1_048_576)
    const previewed = await preview(a.office, csv)
    expect(previewed.status).toBe(200)
    expect(previewed.body.summary.rows).toBe(10_000)
    const before = await customerCount(a)
    const committed = await commit(a.office, previewed.body.rows.map((row: PreviewRow) => row.values))
    expect(committed.status).toBe(201)
    expect(await customerCount(a)).toBe(before + 10_000)
  })

  test('a tech may not import', async () => {
    expect((await preview(a.tech, 'name\nX\n')).status).toBe(403)
    expect((await commit(a.tech, [{ name: 'X' }])).status).toBe(403)
  })
})

describe('committing an import', () => {
  test('the accepted rows of a preview are created in one go', async () => {
    const before = await customerCount(a)
    const csv = 'name,email,phone,address,notes\nCommit One,one@commit.example,555-0001-000,1 Commit St,\nCommit Two,,,,"Line one\nLine two"\n,broken@example.com,,,\n'
    const previewed = await preview(a.office, csv)
    const accepted = (previewed.body.rows as PreviewRow[]).filter((r) => r.errors.length === 0).map((r) => ({ rowNumber: r.rowNumber, ...r.values }))
    expect(accepted).toHaveLength(2)
    const response = await commit(a.office, accepted)
    expect(response.status).toBe(201)
    expect(response.body.created).toBe(2)
    expect(await customerCount(a)).toBe(before + 2)
    const created = await a.owner.api.get(`/customers/${response.body.customerIds[1]}`)
    expect(created.body).toMatchObject({ name: 'Commit Two', email: null, notes: 'Line one\nLine two' })
    const audit = await asAdmin(server, (sql) => sql<{ changes: { created: number } }[]>`
      select changes from audit_log where company_id = ${a.companyId} and action = 'customer.import'`)
    expect(audit.map((row) => row.changes.created)).toContain(2)
  })

  test('one invalid row refuses the whole commit, naming it, and nothing is written', async () => {
    const before = await customerCount(a)
    const response = await commit(a.office, [
      { rowNumber: 2, name: 'Fine Person', email: 'fine@example.com' },
      { rowNumber: 3, name: 'Tampered', email: 'not-an-email' },
      { rowNumber: 4, name: '   ' },
    ])
    expect(response.status).toBe(422)
    expect(response.body.error.message).toMatch(/2 of 3 rows are not valid, so nothing was imported/)
    expect(response.body.error.details).toEqual([
      { path: 'row 3.email', message: 'Must be an email address.' },
      { path: 'row 4.name', message: 'Name is required.' },
    ])
    expect(await customerCount(a)).toBe(before)
  })

  test('malformed commit bodies are refused', async () => {
    const before = await customerCount(a)
    expect((await commit(a.office, [])).status).toBe(422)
    expect((await commit(a.office, [{ name: 'X', companyId: b.companyId }])).status).toBe(422)
    expect((await a.office.api.post('/customers/import/commit', { rows: 'all' })).status).toBe(422)
    expect(await customerCount(a)).toBe(before)
  })

  test('imported customers land in the caller’s company only', async () => {
    const bBefore = await customerCount(b)
    const response = await commit(a.admin, [{ name: 'Alpha Import Only' }])
    expect(response.status).toBe(201)
    expect(await customerCount(b)).toBe(bBefore)
    expect((await b.owner.api.get(`/customers/${response.body.customerIds[0]}`)).status).toBe(404)
  })
})

describe('exporting customers', () => {
  test('the export neutralises formulas and imports back to the same values', async () => {
    const team = await createTeam(server, 'Export Co')
    const originals = [
      { name: '=cmd|" /C calc"!A0', email: 'formula@example.com', phone: '+1 860 555 0100', address: '@home', notes: '-2+3' },
      { name: 'Plain, With "Quotes"', email: null, phone: null, address: '1 Main St\nApt 2', notes: 'Ünïcödé ✓' },
    ]
    for (const customer of originals) expect((await team.owner.api.post('/customers', customer)).status).toBe(201)

    expect((await team.tech.api.raw('GET', '/customers/export.csv')).status).toBe(403)
    const response = await team.office.api.raw('GET', '/customers/export.csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    expect(parsed.data).toHaveLength(2)
    const formulaRow = parsed.data.find((row) => row.Email === 'formula@example.com')!
    expect(formulaRow.Name).toBe(`'=cmd|" /C calc"!A0`)
    expect(formulaRow.Phone).toBe(`'+1 860 555 0100`)
    expect(formulaRow.Address).toBe(`'@home`)
    expect(formulaRow.Notes).toBe(`'-2+3`)
    expect(Object.values(parsed.data).every((row) => !/^[=+\-@]/.test(row.Name!))).toBe(true)

    const reimported = await preview(b.office, bytes)
    expect(reimported.status).toBe(200)
    expect(reimported.body.columns.ignored).toEqual(['Created', 'Customer ID'])
    const values = (reimported.body.rows as PreviewRow[]).map((r) => r.values)
    expect(values).toEqual(expect.arrayContaining(originals))
    expect(values).toHaveLength(2)
  })

  test('each company exports only its own customers', async () => {
    const response = await b.owner.api.raw('GET', '/customers/export.csv?search=Alpha')
    const text = await response.text()
    expect(text.replace(/^\uFEFF/, '').trim()).toBe('Name,Email,Phone,Address,Notes,Created,Customer ID')
  })
})
