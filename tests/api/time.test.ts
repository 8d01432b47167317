import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team
/** A second tech of company A, whose time the first tech must never see. */
let tech2: Account
let customerId: string
let assignedJobId: string
let otherJobId: string

const entryCount = () => asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from time_entries`)[0]!.n)

/** Inserts closed entries with exact times, straight into the database. */
const insertEntries = (rows: { userId: string; jobId?: string | null; clockIn: string; clockOut: string | null; companyId?: string }[]) =>
  asAdmin(server, async (sql) => {
    const ids: string[] = []
    for (const row of rows) {
      const [inserted] = await sql<{ id: string }[]>`
        insert into time_entries (company_id, user_id, job_id, clock_in, clock_out)
        values (${row.companyId ?? a.companyId}, ${row.userId}, ${row.jobId ?? null}, ${row.clockIn}, ${row.clockOut}) returning id`
      ids.push(inserted!.id)
    }
    return ids
  })

beforeAll(async () => {
  server = await startTestServer()
  ;[a, b, tech2] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing'), signUp(server, 'tech2')])
  await a.owner.api.post(`/companies/${a.companyId}/members`, { email: tech2.email, role: 'tech' })
  customerId = (await a.owner.api.post('/customers', { name: 'Dana Whitfield' })).body.id
  assignedJobId = (await a.office.api.post('/jobs', { customerId, title: 'Panel upgrade', assigneeIds: [a.tech.userId, tech2.userId] })).body.id
  otherJobId = (await a.office.api.post('/jobs', { customerId, title: 'Office-only job', assigneeIds: [a.office.userId] })).body.id
})
afterAll(async () => {
  await server?.stop()
})

describe('clocking in and out', () => {
  test('a tech clocks in on their job, sees the running entry, and clocks out', async () => {
    const started = await a.tech.api.post('/time/clock-in', { jobId: assignedJobId, notes: 'Arrived' })
    expect(started.status).toBe(201)
    expect(started.body).toMatchObject({ userId: a.tech.userId, email: a.tech.email, jobId: assignedJobId, jobTitle: 'Panel upgrade', open: true, clockOut: null, notes: 'Arrived' })
    expect(started.body.hours).toBeGreaterThanOrEqual(0)

    const current = await a.tech.api.get('/time/current')
    expect(current.status).toBe(200)
    expect(current.body.id).toBe(started.body.id)

    const stopped = await a.tech.api.post('/time/clock-out', { notes: 'Panel swapped' })
    expect(stopped.status).toBe(200)
    expect(stopped.body).toMatchObject({ id: started.body.id, open: false, notes: 'Arrived\nPanel swapped' })
    expect(new Date(stopped.body.clockOut) >= new Date(stopped.body.clockIn)).toBe(true)
    expect((await a.tech.api.get('/time/current')).body).toBeNull()
  })

  test('clocking in twice is a 409 that says since when, and writes nothing', async () => {
    const first = await a.office.api.post('/time/clock-in', {})
    expect(first.status).toBe(201)
    const before = await entryCount()
    const second = await a.office.api.post('/time/clock-in', { jobId: otherJobId })
    expect(second.status).toBe(409)
    expect(second.body.error.message).toBe(`You are already clocked in since ${first.body.clockIn}. Clock out first.`)
    expect(await entryCount()).toBe(before)
    expect((await a.office.api.post('/time/clock-out', {})).status).toBe(200)
  })

  test('the database itself refuses a second open entry for a person', async () => {
    await insertEntries([{ userId: a.admin.userId, clockIn: '2025-01-01T08:00:00Z', clockOut: null }])
    await expect(insertEntries([{ userId: a.admin.userId, clockIn: '2025-01-02T08:00:00Z', clockOut: null }])).rejects.toThrow(/time_entries_one_open_key/)
    await asAdmin(server, (sql) => sql`delete from time_entries where user_id = ${a.admin.userId}`)
  })

  test('clocking out when not clocked in is a 409', async () => {
    const response = await a.admin.api.post('/time/clock-out', {})
    expect(response.status).toBe(409)
    expect(response.body.error.message).toBe('You are not clocked in.')
  })

  test('a tech cannot clock into a job not assigned to them, and nothing is written', async () => {
    const before = await entryCount()
    const response = await a.tech.api.post('/time/clock-in', { jobId: otherJobId })
    expect(response.status).toBe(422)
    expect(response.body.error.details).toEqual([{ path: 'jobId', message: 'No job with this id among the jobs you work on.' }])
    expect(await entryCount()).toBe(before)
    expect((await a.tech.api.get('/time/current')).body).toBeNull()
  })

  test('a completed or cancelled job takes no more time', async () => {
    const job = (await a.office.api.post('/jobs', { customerId, title: 'Called off' })).body
    await a.office.api.post(`/jobs/${job.id}/status`, { status: 'cancelled' })
    const response = await a.office.api.post('/time/clock-in', { jobId: job.id })
    expect(response.status).toBe(409)
    expect(response.body.error.message).toMatch(/“Called off” is cancelled/)
    expect((await a.office.api.get('/time/current')).body).toBeNull()
  })

  test('bad clock-in input is a 422 naming the field', async () => {
    const before = await entryCount()
    for (const body of [{ jobId: 'nope' }, { notes: 'x'.repeat(2001) }, { startedAt: '2025-01-01T00:00:00Z' }]) {
      const response = await a.owner.api.post('/time/clock-in', body)
      expect(response.status, JSON.stringify(body)).toBe(422)
    }
    expect(await entryCount()).toBe(before)
  })
})

describe('listing time entries', () => {
  let ids: string[]
  beforeAll(async () => {
    ids = await insertEntries([
      { userId: a.tech.userId, jobId: assignedJobId, clockIn: '2025-02-02T13:00:00Z', clockOut: '2025-02-02T17:30:00Z' },
      { userId: tech2.userId, jobId: assignedJobId, clockIn: '2025-02-03T13:00:00Z', clockOut: '2025-02-03T15:00:00Z' },
      { userId: a.office.userId, jobId: otherJobId, clockIn: '2025-02-04T13:00:00Z', clockOut: '2025-02-04T14:15:00Z' },
    ])
  })
  const february = 'from=2025-02-01T00:00:00Z&to=2025-03-01T00:00:00Z'

  test('staff see everyone’s entries in a range, latest first, with their total hours', async () => {
    const list = await a.office.api.get(`/time/entries?${february}`)
    expect(list.status).toBe(200)
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([ids[2], ids[1], ids[0]])
    expect(list.body).toMatchObject({ total: 3, totalHours: 7.75 })
    expect(list.body.data[2]).toMatchObject({ hours: 4.5, email: a.tech.email, jobTitle: 'Panel upgrade', open: false })
  })

  test('the list filters by person and by job and pages', async () => {
    const byUser = await a.office.api.get(`/time/entries?${february}&userId=${tech2.userId}`)
    expect(byUser.body.data.map((e: { id: string }) => e.id)).toEqual([ids[1]])
    const byJob = await a.office.api.get(`/time/entries?${february}&jobId=${assignedJobId}`)
    expect(byJob.body).toMatchObject({ total: 2, totalHours: 6.5 })
    const page = await a.office.api.get(`/time/entries?${february}&pageSize=1&page=3`)
    expect(page.body.data.map((e: { id: string }) => e.id)).toEqual([ids[0]])
    expect(page.body.totalHours).toBe(7.75)
  })

  test('a tech sees only their own entries, and asking for someone else’s is a 403', async () => {
    const list = await a.tech.api.get(`/time/entries?${february}`)
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([ids[0]])
    expect(list.body).toMatchObject({ total: 1, totalHours: 4.5 })
    expect((await a.tech.api.get(`/time/entries?userId=${tech2.userId}`)).status).toBe(403)
    expect((await a.tech.api.get(`/time/entries?userId=${a.tech.userId}&${february}`)).body.total).toBe(1)
  })

  test('another company sees none of these entries', async () => {
    const list = await b.owner.api.get(`/time/entries?${february}`)
    expect(list.body).toMatchObject({ data: [], total: 0, totalHours: 0 })
    expect((await b.owner.api.get(`/time/entries?userId=${a.tech.userId}`)).body.total).toBe(0)
  })
})

describe('fixing time entries', () => {
  test('office fixes a forgotten clock-out; the entry shows who edited it and the audit log keeps before and after', async () => {
    const [id] = await insertEntries([{ userId: tech2.userId, jobId: assignedJobId, clockIn: '2025-03-02T13:00:00Z', clockOut: null }])
    const fixed = await a.office.api.patch(`/time/entries/${id}`, { clockOut: '2025-03-02T21:00:00Z', notes: 'Forgot to clock out' })
    expect(fixed.status).toBe(200)
    expect(fixed.body).toMatchObject({ id, open: false, hours: 8, clockOut: '2025-03-02T21:00:00.000Z', notes: 'Forgot to clock out', editedBy: a.office.userId })
    expect(fixed.body.editedAt).toEqual(expect.any(String))
    const [audit] = await asAdmin(server, (sql) => sql`select actor_user_id, changes from audit_log where entity_id = ${id!} and action = 'time_entry.update'`)
    expect(audit!.actor_user_id).toBe(a.office.userId)
    expect(audit!.changes).toEqual({
      userId: tech2.userId,
      before: { clockIn: '2025-03-02T13:00:00.000Z', clockOut: null, jobId: assignedJobId, notes: null },
      after: { clockIn: '2025-03-02T13:00:00.000Z', clockOut: '2025-03-02T21:00:00.000Z', jobId: assignedJobId, notes: 'Forgot to clock out' },
    })
  })

  test('a reason given with a fix is kept in the audit log, trimmed, and never written into the entry’s notes', async () => {
    const [id] = await insertEntries([{ userId: tech2.userId, jobId: assignedJobId, clockIn: '2025-03-10T13:00:00Z', clockOut: null }])
    const auditRows = () => asAdmin(server, (sql) => sql<{ changes: Record<string, unknown> }[]>`select changes from audit_log where entity_id = ${id!} and action = 'time_entry.update'`)

    expect((await a.office.api.patch(`/time/entries/${id}`, { reason: 'Only a reason' })).status).toBe(422)
    expect((await a.office.api.patch(`/time/entries/${id}`, { clockOut: '2025-03-10T20:00:00Z', reason: 'x'.repeat(501) })).status).toBe(422)
    expect(await auditRows()).toEqual([])

    const fixed = await a.office.api.patch(`/time/entries/${id}`, { clockOut: '2025-03-10T21:30:00Z', reason: '  Forgot to clock out at the supply house  ' })
    expect(fixed.status).toBe(200)
    expect(fixed.body).toMatchObject({ id, open: false, hours: 8.5, notes: null, editedBy: a.office.userId })
    expect(fixed.body).not.toHaveProperty('reason')
    const [row] = await asAdmin(server, (sql) => sql`select notes from time_entries where id = ${id!}`)
    expect(row!.notes).toBeNull()
    const audits = await auditRows()
    expect(audits).toHaveLength(1)
    expect(audits[0]!.changes).toEqual({
      userId: tech2.userId,
      before: { clockIn: '2025-03-10T13:00:00.000Z', clockOut: null, jobId: assignedJobId, notes: null },
      after: { clockIn: '2025-03-10T13:00:00.000Z', clockOut: '2025-03-10T21:30:00.000Z', jobId: assignedJobId, notes: null },
      reason: 'Forgot to clock out at the supply house',
    })
  })

  test('an admin moves an entry to another job or to none', async () => {
    const [id] = await insertEntries([{ userId: a.tech.userId, jobId: assignedJobId, clockIn: '2025-03-03T13:00:00Z', clockOut: '2025-03-03T14:00:00Z' }])
    const moved = await a.admin.api.patch(`/time/entries/${id}`, { jobId: otherJobId })
    expect(moved.body).toMatchObject({ jobId: otherJobId, jobTitle: 'Office-only job' })
    expect((await a.admin.api.patch(`/time/entries/${id}`, { jobId: null })).body).toMatchObject({ jobId: null, jobTitle: null })
  })

  test('clock-out before clock-in, a future time or an empty patch is a 422 and changes nothing', async () => {
    const [id] = await insertEntries([{ userId: a.tech.userId, clockIn: '2025-03-04T13:00:00Z', clockOut: '2025-03-04T15:00:00Z' }])
    const backwards = await a.office.api.patch(`/time/entries/${id}`, { clockOut: '2025-03-04T12:00:00Z' })
    expect(backwards.status).toBe(422)
    expect(backwards.body.error.details).toEqual([{ path: 'clockOut', message: 'Clock-out must be after clock-in.' }])
    expect((await a.office.api.patch(`/time/entries/${id}`, { clockIn: '2025-03-04T16:00:00Z' })).status).toBe(422)
    expect((await a.office.api.patch(`/time/entries/${id}`, { clockOut: '2999-01-01T00:00:00Z' })).status).toBe(422)
    expect((await a.office.api.patch(`/time/entries/${id}`, {})).status).toBe(422)
    expect((await a.office.api.patch(`/time/entries/${id}`, { clockIn: 'yesterday' })).status).toBe(422)
    const [row] = await asAdmin(server, (sql) => sql`select clock_in, clock_out, edited_by from time_entries where id = ${id!}`)
    expect(row).toEqual({ clock_in: new Date('2025-03-04T13:00:00Z'), clock_out: new Date('2025-03-04T15:00:00Z'), edited_by: null })
  })

  test('an edit that would overlap another entry of the same person is a 409', async () => {
    const [first, second] = await insertEntries([
      { userId: a.tech.userId, clockIn: '2025-03-05T13:00:00Z', clockOut: '2025-03-05T15:00:00Z' },
      { userId: a.tech.userId, clockIn: '2025-03-05T16:00:00Z', clockOut: '2025-03-05T18:00:00Z' },
    ])
    const response = await a.office.api.patch(`/time/entries/${second}`, { clockIn: '2025-03-05T14:00:00Z' })
    expect(response.status).toBe(409)
    expect(response.body.error.message).toMatch(/overlap another entry .* from 2025-03-05T13:00:00.000Z to 2025-03-05T15:00:00.000Z/)
    expect((await a.office.api.patch(`/time/entries/${first}`, { clockOut: '2025-03-05T16:00:00Z' })).status).toBe(200)
  })

  test('a job of another company cannot be put on an entry', async () => {
    const [id] = await insertEntries([{ userId: a.tech.userId, clockIn: '2025-03-06T13:00:00Z', clockOut: '2025-03-06T14:00:00Z' }])
    const bCustomer = (await b.owner.api.post('/customers', { name: 'Bravo customer' })).body.id
    const bJob = (await b.owner.api.post('/jobs', { customerId: bCustomer, title: 'Bravo job' })).body.id
    const response = await a.office.api.patch(`/time/entries/${id}`, { jobId: bJob })
    expect(response.status).toBe(422)
    expect(response.body.error.details[0].path).toBe('jobId')
  })

  test.each([
    ['owner', 200],
    ['admin', 200],
    ['office', 200],
    ['tech', 403],
  ] as const)('%s editing a time entry gets %i', async (role, status) => {
    const [id] = await insertEntries([{ userId: a.tech.userId, clockIn: `2025-04-0${['owner', 'admin', 'office', 'tech'].indexOf(role) + 1}T13:00:00Z`, clockOut: `2025-04-0${['owner', 'admin', 'office', 'tech'].indexOf(role) + 1}T14:00:00Z` }])
    const response = await a[role].api.patch(`/time/entries/${id}`, { notes: `Edited by ${role}` })
    expect(response.status).toBe(status)
    const [row] = await asAdmin(server, (sql) => sql`select notes from time_entries where id = ${id!}`)
    expect(row!.notes).toBe(status === 200 ? `Edited by ${role}` : null)
  })

  test('another company’s entry is a 404 and stays as it was', async () => {
    const [id] = await insertEntries([{ userId: a.tech.userId, clockIn: '2025-03-07T13:00:00Z', clockOut: '2025-03-07T14:00:00Z' }])
    expect((await b.owner.api.patch(`/time/entries/${id}`, { notes: 'Hijacked' })).status).toBe(404)
    const [row] = await asAdmin(server, (sql) => sql`select notes from time_entries where id = ${id!}`)
    expect(row!.notes).toBeNull()
  })
})

describe('hours per job and per person', () => {
  let job: string
  beforeAll(async () => {
    job = (await a.office.api.post('/jobs', { customerId, title: 'Summary job', assigneeIds: [a.tech.userId, tech2.userId] })).body.id
    await insertEntries([
      { userId: a.tech.userId, jobId: job, clockIn: '2025-06-02T13:00:00Z', clockOut: '2025-06-02T16:00:00Z' },
      // An overnight shift: 2 h before midnight on the 3rd, 3 h after.
      { userId: tech2.userId, jobId: job, clockIn: '2025-06-03T22:00:00Z', clockOut: '2025-06-04T03:00:00Z' },
      { userId: a.tech.userId, jobId: null, clockIn: '2025-06-04T13:00:00Z', clockOut: '2025-06-04T14:30:00Z' },
      { userId: a.office.userId, jobId: otherJobId, clockIn: '2025-06-05T13:00:00Z', clockOut: '2025-06-05T13:45:00Z' },
      { userId: a.tech.userId, jobId: job, clockIn: '2025-07-01T13:00:00Z', clockOut: '2025-07-01T14:00:00Z' },
    ])
  })

  test('staff get exact hours by job and by person, each entry clipped to the range', async () => {
    const summary = await a.office.api.get('/time/summary?from=2025-06-01T00:00:00Z&to=2025-06-04T00:00:00Z')
    expect(summary.status).toBe(200)
    expect(summary.body).toEqual({
      from: '2025-06-01T00:00:00.000Z',
      to: '2025-06-04T00:00:00.000Z',
      totalHours: 5,
      openEntries: 0,
      byJob: [{ jobId: job, jobTitle: 'Summary job', hours: 5, entries: 2, open: false }],
      byTech: [
        { userId: a.tech.userId, email: a.tech.email, hours: 3, entries: 1, open: false },
        { userId: tech2.userId, email: tech2.email, hours: 2, entries: 1, open: false },
      ],
    })
    const week = await a.office.api.get('/time/summary?from=2025-06-01&to=2025-06-08')
    expect(week.body.totalHours).toBe(10.25)
    expect(week.body.byJob).toEqual([
      { jobId: job, jobTitle: 'Summary job', hours: 8, entries: 2, open: false },
      { jobId: null, jobTitle: null, hours: 1.5, entries: 1, open: false },
      { jobId: otherJobId, jobTitle: 'Office-only job', hours: 0.75, entries: 1, open: false },
    ])
  })

  test('a running entry counts up to now and flags its buckets as open', async () => {
    await insertEntries([{ userId: a.owner.userId, jobId: job, clockIn: new Date(Date.now() - 2 * 3_600_000).toISOString(), clockOut: null }])
    const from = new Date(Date.now() - 86_400_000).toISOString()
    const to = new Date(Date.now() + 86_400_000).toISOString()
    const summary = await a.owner.api.get(`/time/summary?from=${from}&to=${to}&userId=${a.owner.userId}`)
    expect(summary.body.openEntries).toBe(1)
    expect(summary.body.byTech).toEqual([{ userId: a.owner.userId, email: a.owner.email, hours: expect.closeTo(2, 1), entries: 1, open: true }])
    expect(summary.body.byJob[0]).toMatchObject({ jobId: job, open: true })
    const list = await a.owner.api.get(`/time/entries?userId=${a.owner.userId}`)
    expect(list.body.data[0]).toMatchObject({ open: true, hours: expect.closeTo(2, 1) })
    expect((await a.owner.api.post('/time/clock-out', {})).status).toBe(200)
  })

  test('a tech’s summary holds only their own hours', async () => {
    const summary = await a.tech.api.get('/time/summary?from=2025-06-01&to=2025-06-08')
    expect(summary.body.byTech).toEqual([{ userId: a.tech.userId, email: a.tech.email, hours: 4.5, entries: 2, open: false }])
    expect(summary.body.totalHours).toBe(4.5)
    expect((await a.tech.api.get(`/time/summary?from=2025-06-01&to=2025-06-08&userId=${tech2.userId}`)).status).toBe(403)
  })

  test('another company’s summary is empty', async () => {
    const summary = await b.owner.api.get('/time/summary?from=2025-06-01&to=2025-06-08')
    expect(summary.body).toMatchObject({ totalHours: 0, byJob: [], byTech: [] })
  })

  test('a missing, backwards or over-long range is a 422', async () => {
    expect((await a.office.api.get('/time/summary?from=2025-06-01')).status).toBe(422)
    expect((await a.office.api.get('/time/summary?from=2025-06-08&to=2025-06-01')).status).toBe(422)
    expect((await a.office.api.get('/time/summary?from=2020-01-01&to=2025-06-01')).status).toBe(422)
  })
})

test('jobs with time clocked show it as their actual hours', async () => {
  const job = (await a.office.api.post('/jobs', { customerId, title: 'Clocked for real', estimatedHours: 1, assigneeIds: [a.tech.userId] })).body
  await insertEntries([{ userId: a.tech.userId, jobId: job.id, clockIn: '2025-05-01T13:00:00Z', clockOut: '2025-05-01T14:45:00Z' }])
  expect((await a.office.api.get(`/jobs/${job.id}`)).body).toMatchObject({ estimatedHours: 1, actualHours: 1.75 })
})

test('the OpenAPI document lists every time clock endpoint', async () => {
  const paths = (await a.owner.api.get('/openapi.json')).body.paths
  expect(paths['/api/v1/time/clock-in'].post).toBeDefined()
  expect(paths['/api/v1/time/clock-out'].post).toBeDefined()
  expect(paths['/api/v1/time/current'].get).toBeDefined()
  expect(paths['/api/v1/time/entries'].get).toBeDefined()
  expect(paths['/api/v1/time/entries/{id}'].patch).toBeDefined()
  expect(paths['/api/v1/time/summary'].get).toBeDefined()
})
