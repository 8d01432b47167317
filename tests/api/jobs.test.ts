import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team
let customerId: string
let otherCustomerId: string
let propertyId: string
let bCustomerId: string

const count = (table: string) =>
  asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)}`)[0]!.n)

/** A 1×1 PNG. */
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'))

async function newJob(title: string, extra: Record<string, unknown> = {}) {
  const created = await a.office.api.post('/jobs', { customerId, title, ...extra })
  if (created.status !== 201) throw new Error(`job create failed: ${JSON.stringify(created.body)}`)
  return created.body
}

beforeAll(async () => {
  server = await startTestServer()
  ;[a, b] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing')])
  customerId = (await a.owner.api.post('/customers', { name: 'Dana Whitfield', address: '18 Orchard Ln, Glastonbury, CT 06033' })).body.id
  otherCustomerId = (await a.owner.api.post('/customers', { name: 'Eli Park' })).body.id
  bCustomerId = (await b.owner.api.post('/customers', { name: 'Bravo Homeowner' })).body.id
  propertyId = await asAdmin(server, async (sql) => {
    const [row] = await sql<{ id: string }[]>`
      insert into properties (company_id, customer_id, address, city, state, postal_code)
      values (${a.companyId}, ${customerId}, '44 Elm St', 'Hartford', 'CT', '06103') returning id`
    return row!.id
  })
})
afterAll(async () => {
  await server?.stop()
})

describe('creating, reading and changing jobs', () => {
  test('office creates a job with a crew, and defaults fill in trade, address and region', async () => {
    const created = await a.office.api.post('/jobs', {
      customerId,
      title: '200 A panel upgrade',
      jobCategory: 'Panel_Upgrade',
      scheduledStart: '2026-03-02T13:00:00Z',
      scheduledEnd: '2026-03-02T21:00:00Z',
      estimatedHours: 6.5,
      assigneeIds: [a.tech.userId],
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      title: '200 A panel upgrade',
      customer: { id: customerId, name: 'Dana Whitfield' },
      status: 'scheduled',
      trade: 'electrical',
      jobCategory: 'panel_upgrade',
      address: '18 Orchard Ln, Glastonbury, CT 06033',
      region: 'CT',
      scheduledStart: '2026-03-02T13:00:00.000Z',
      estimatedHours: 6.5,
      actualHours: 0,
      allowedNextStatuses: ['in_progress', 'cancelled'],
      assignees: [{ userId: a.tech.userId, email: a.tech.email }],
      notes: [],
      materials: [],
      materialsTotalCents: 0,
      files: [],
    })
    const fetched = await a.owner.api.get(`/jobs/${created.body.id}`)
    expect(fetched.body).toEqual(created.body)
  })

  test('a job at one of the customer’s properties takes the property’s address', async () => {
    const job = await newJob('Service call at the rental', { propertyId })
    expect(job.propertyId).toBe(propertyId)
    expect(job.address).toBe('44 Elm St, Hartford, CT 06103')
  })

  test('a property of another customer is refused and nothing is written', async () => {
    const before = await count('jobs')
    const response = await a.office.api.post('/jobs', { customerId: otherCustomerId, title: 'Wrong property', propertyId })
    expect(response.status).toBe(422)
    expect(response.body.error.details).toEqual([expect.objectContaining({ path: 'propertyId' })])
    expect(await count('jobs')).toBe(before)
  })

  test('a repair job names the customer’s unit and what failed; another customer’s unit is refused', async () => {
    const unit = await a.office.api.post(`/customers/${customerId}/equipment`, { kind: 'Water heater', make: 'Rheem', model: 'XE50T-10H45', installDate: '2016-04-01' })
    expect(unit.status).toBe(201)
    const job = await newJob('No hot water', { equipmentId: unit.body.id, failureMode: '  Thermocouple ' })
    expect(job).toMatchObject({ equipmentId: unit.body.id, failureMode: 'thermocouple' })
    const before = await count('jobs')
    const refused = await a.office.api.post('/jobs', { customerId: otherCustomerId, title: 'Wrong unit', equipmentId: unit.body.id })
    expect(refused.status).toBe(422)
    expect(refused.body.error.details).toEqual([expect.objectContaining({ path: 'equipmentId' })])
    expect(await count('jobs')).toBe(before)
    const moved = await a.office.api.patch(`/jobs/${job.id}`, { customerId: otherCustomerId })
    expect(moved.body).toMatchObject({ equipmentId: null, failureMode: 'thermocouple' })
  })

  test('patching changes only the fields sent, and moving to another customer drops the old property', async () => {
    const job = await newJob('Patch me', { propertyId, estimatedHours: 2 })
    const patched = await a.office.api.patch(`/jobs/${job.id}`, { title: 'Patched', customerId: otherCustomerId })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ title: 'Patched', customer: { id: otherCustomerId, name: 'Eli Park' }, propertyId: null, estimatedHours: 2 })
  })

  test('a schedule that ends before it starts is refused, also when only one end is patched', async () => {
    const refused = await a.office.api.post('/jobs', { customerId, title: 'Backwards', scheduledStart: '2026-03-02T13:00:00Z', scheduledEnd: '2026-03-02T12:00:00Z' })
    expect(refused.status).toBe(422)
    expect(refused.body.error.details[0].path).toBe('scheduledEnd')
    const job = await newJob('Half patch', { scheduledStart: '2026-03-02T13:00:00Z', scheduledEnd: '2026-03-02T15:00:00Z' })
    const patched = await a.office.api.patch(`/jobs/${job.id}`, { scheduledStart: '2026-03-02T16:00:00Z' })
    expect(patched.status).toBe(422)
    expect((await a.office.api.get(`/jobs/${job.id}`)).body.scheduledStart).toBe('2026-03-02T13:00:00.000Z')
  })

  test('the list filters by status, customer, tech, date range and title, and pages with a total', async () => {
    const tag = `Filterable ${Date.now()}`
    const first = await newJob(`${tag} one`, { scheduledStart: '2026-05-04T13:00:00Z', assigneeIds: [a.tech.userId] })
    const second = await newJob(`${tag} two`, { scheduledStart: '2026-05-06T13:00:00Z' })
    await newJob(`${tag} three`, { customerId: otherCustomerId, scheduledStart: '2026-06-01T13:00:00Z' })
    await a.office.api.post(`/jobs/${second.id}/status`, { status: 'in_progress' })
    const search = `search=${encodeURIComponent(tag)}`

    const all = await a.office.api.get(`/jobs?${search}`)
    expect(all.body.total).toBe(3)
    expect(all.body.data.map((j: { title: string }) => j.title)).toEqual([`${tag} three`, `${tag} two`, `${tag} one`])

    const inProgress = await a.office.api.get(`/jobs?${search}&status=in_progress`)
    expect(inProgress.body.data.map((j: { id: string }) => j.id)).toEqual([second.id])
    expect((await a.office.api.get(`/jobs?${search}&status=scheduled,in_progress`)).body.total).toBe(3)
    expect((await a.office.api.get(`/jobs?${search}&customerId=${customerId}`)).body.total).toBe(2)
    const byTech = await a.office.api.get(`/jobs?${search}&techId=${a.tech.userId}`)
    expect(byTech.body.data.map((j: { id: string }) => j.id)).toEqual([first.id])
    const may = await a.office.api.get(`/jobs?${search}&from=2026-05-01&to=2026-06-01T00:00:00Z`)
    expect(may.body.total).toBe(2)

    const page = await a.office.api.get(`/jobs?${search}&pageSize=2&page=2`)
    expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: 3 })
    expect(page.body.data.map((j: { title: string }) => j.title)).toEqual([`${tag} one`])
  })

  test('a bad filter is a 422 naming it', async () => {
    const response = await a.office.api.get('/jobs?status=finished')
    expect(response.status).toBe(422)
    expect(response.body.error.details[0]).toEqual({ path: 'status.0', message: 'Status must be among scheduled, in_progress, completed, cancelled.' })
  })

  test('the calendar returns the week’s jobs in start order with their crews, leaving out cancelled ones', async () => {
    const monday = await newJob('Calendar Monday', { scheduledStart: '2026-07-06T13:00:00Z', scheduledEnd: '2026-07-06T17:00:00Z', assigneeIds: [a.tech.userId] })
    const spanning = await newJob('Calendar spanning', { scheduledStart: '2026-07-03T13:00:00Z', scheduledEnd: '2026-07-07T17:00:00Z' })
    const cancelled = await newJob('Calendar cancelled', { scheduledStart: '2026-07-08T13:00:00Z' })
    await a.office.api.post(`/jobs/${cancelled.id}/status`, { status: 'cancelled' })
    await newJob('Calendar next week', { scheduledStart: '2026-07-13T13:00:00Z' })

    const week = await a.office.api.get('/jobs/calendar?from=2026-07-06T00:00:00Z&to=2026-07-13T00:00:00Z')
    expect(week.status).toBe(200)
    expect(week.body.data.map((j: { id: string }) => j.id)).toEqual([spanning.id, monday.id])
    expect(week.body.data[1].assignees).toEqual([{ userId: a.tech.userId, email: a.tech.email }])
    const withCancelled = await a.office.api.get('/jobs/calendar?from=2026-07-06T00:00:00Z&to=2026-07-13T00:00:00Z&includeCancelled=true')
    expect(withCancelled.body.data.map((j: { id: string }) => j.id)).toContain(cancelled.id)
    const techWeek = await a.tech.api.get('/jobs/calendar?from=2026-07-06T00:00:00Z&to=2026-07-13T00:00:00Z')
    expect(techWeek.body.data.map((j: { id: string }) => j.id)).toEqual([monday.id])
  })

  test('the calendar refuses a backwards or over-long range', async () => {
    expect((await a.office.api.get('/jobs/calendar?from=2026-07-13T00:00:00Z&to=2026-07-06T00:00:00Z')).status).toBe(422)
    expect((await a.office.api.get('/jobs/calendar?from=2026-01-01&to=2026-06-01')).status).toBe(422)
    expect((await a.office.api.get('/jobs/calendar?from=2026-01-01')).status).toBe(422)
  })
})

describe('the job status machine', () => {
  test('scheduled → in_progress → completed stamps when each happened', async () => {
    const job = await newJob('Life cycle')
    const started = await a.office.api.post(`/jobs/${job.id}/status`, { status: 'in_progress' })
    expect(started.status).toBe(200)
    expect(started.body.startedAt).toEqual(expect.any(String))
    expect(started.body.allowedNextStatuses).toEqual(['completed', 'cancelled'])
    const done = await a.office.api.post(`/jobs/${job.id}/status`, { status: 'completed' })
    expect(done.body).toMatchObject({ status: 'completed', startedAt: started.body.startedAt, allowedNextStatuses: [] })
    expect(new Date(done.body.completedAt) >= new Date(done.body.startedAt)).toBe(true)
  })

  test('completing a job records the crew’s clocked hours as its actual hours; a job nobody clocked keeps none', async () => {
    const job = await newJob('Clocked work')
    const unclocked = await newJob('Unclocked work')
    await asAdmin(server, (sql) => sql`
      insert into time_entries (company_id, user_id, job_id, clock_in, clock_out)
      values (${a.companyId}, ${a.office.userId}, ${job.id}, now() - interval '5 hours', now() - interval '3 hours 30 minutes'),
             (${a.companyId}, ${a.owner.userId}, ${job.id}, now() - interval '2 hours', now() - interval '1 hour 45 minutes')`)
    for (const id of [job.id, unclocked.id]) {
      await a.office.api.post(`/jobs/${id}/status`, { status: 'in_progress' })
      expect((await a.office.api.post(`/jobs/${id}/status`, { status: 'completed' })).status).toBe(200)
    }
    const rows = await asAdmin(server, (sql) => sql`select id, actual_hours from jobs where id in (${job.id}, ${unclocked.id})`)
    expect(Object.fromEntries(rows.map((row) => [row.id, row.actual_hours]))).toEqual({ [job.id]: '1.75', [unclocked.id]: null })
  })

  test('a scheduled job can be cancelled, and is stamped', async () => {
    const job = await newJob('Cancel me')
    const cancelled = await a.office.api.post(`/jobs/${job.id}/status`, { status: 'cancelled' })
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String), startedAt: null })
  })

  test('an illegal move is a 409 that names the allowed next states, and changes nothing', async () => {
    const job = await newJob('Skip ahead')
    const skipped = await a.office.api.post(`/jobs/${job.id}/status`, { status: 'completed' })
    expect(skipped.status).toBe(409)
    expect(skipped.body.error.message).toMatch(/in_progress.*cancelled/)
    const again = await a.office.api.post(`/jobs/${job.id}/status`, { status: 'scheduled' })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/already scheduled/)
    expect((await a.office.api.get(`/jobs/${job.id}`)).body).toMatchObject({ status: 'scheduled', completedAt: null })
  })

  test('a completed job can no longer change', async () => {
    const job = await newJob('Finished')
    await a.office.api.post(`/jobs/${job.id}/status`, { status: 'in_progress' })
    await a.office.api.post(`/jobs/${job.id}/status`, { status: 'completed' })
    const reopened = await a.office.api.post(`/jobs/${job.id}/status`, { status: 'cancelled' })
    expect(reopened.status).toBe(409)
    expect(reopened.body.error.message).toMatch(/completed; its status can no longer change/)
  })

  test('an unknown status is a 422', async () => {
    const job = await newJob('Unknown status')
    expect((await a.office.api.post(`/jobs/${job.id}/status`, { status: 'paused' })).status).toBe(422)
  })
})

describe('crew, notes, materials and files', () => {
  test('the crew is replaced as a whole and each member is named with their email', async () => {
    const job = await newJob('Crew change', { assigneeIds: [a.tech.userId] })
    const changed = await a.office.api.put(`/jobs/${job.id}/assignees`, { userIds: [a.admin.userId, a.office.userId, a.admin.userId] })
    expect(changed.status).toBe(200)
    expect(changed.body.assignees.map((p: { userId: string }) => p.userId).sort()).toEqual([a.admin.userId, a.office.userId].sort())
    expect(changed.body.assignees.find((p: { userId: string }) => p.userId === a.office.userId).email).toBe(a.office.email)
    const cleared = await a.office.api.put(`/jobs/${job.id}/assignees`, { userIds: [] })
    expect(cleared.body.assignees).toEqual([])
  })

  test('someone outside the company cannot be assigned, and the crew stays as it was', async () => {
    const job = await newJob('Outsider', { assigneeIds: [a.tech.userId] })
    const response = await a.office.api.put(`/jobs/${job.id}/assignees`, { userIds: [a.office.userId, b.tech.userId] })
    expect(response.status).toBe(422)
    expect(response.body.error.details).toEqual([{ path: 'assignees', message: `${b.tech.userId} is not a member of your company.` }])
    expect((await a.office.api.get(`/jobs/${job.id}`)).body.assignees.map((p: { userId: string }) => p.userId)).toEqual([a.tech.userId])
    const before = await count('jobs')
    expect((await a.office.api.post('/jobs', { customerId, title: 'With outsider', assigneeIds: [b.tech.userId] })).status).toBe(422)
    expect(await count('jobs')).toBe(before)
  })

  test('notes carry their author and appear on the job in order', async () => {
    const job = await newJob('Noted', { assigneeIds: [a.tech.userId] })
    const first = await a.office.api.post(`/jobs/${job.id}/notes`, { body: 'Gate code 4411' })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ body: 'Gate code 4411', internal: true, author: { userId: a.office.userId, email: a.office.email } })
    const second = await a.tech.api.post(`/jobs/${job.id}/notes`, { body: 'Found aluminium branch wiring', internal: false })
    expect(second.status).toBe(201)
    expect(second.body.author.email).toBe(a.tech.email)
    const detail = await a.owner.api.get(`/jobs/${job.id}`)
    expect(detail.body.notes.map((n: { body: string }) => n.body)).toEqual(['Gate code 4411', 'Found aluminium branch wiring'])
    expect((await a.office.api.post(`/jobs/${job.id}/notes`, { body: '   ' })).status).toBe(422)
  })

  test('materials are priced exactly for staff and the job totals them', async () => {
    const job = await newJob('Materials')
    const cable = await a.office.api.post(`/jobs/${job.id}/materials`, { description: '12/2 NM-B cable', quantity: 2.5, unit: 'ft', unitCostCents: 89 })
    expect(cable.status).toBe(201)
    expect(cable.body).toMatchObject({ quantity: '2.5', unit: 'ft', unitCostCents: 89, totalCents: 223 })
    const breaker = await a.office.api.post(`/jobs/${job.id}/materials`, { description: '20 A breaker', quantity: '3', unitCostCents: 1299 })
    expect(breaker.body.totalCents).toBe(3897)
    const detail = await a.office.api.get(`/jobs/${job.id}`)
    expect(detail.body.materialsTotalCents).toBe(223 + 3897)

    const patched = await a.office.api.patch(`/jobs/${job.id}/materials/${cable.body.id}`, { quantity: '10.125' })
    expect(patched.body).toMatchObject({ quantity: '10.125', totalCents: 901 })
    expect((await a.office.api.delete(`/jobs/${job.id}/materials/${breaker.body.id}`)).status).toBe(204)
    expect((await a.office.api.get(`/jobs/${job.id}`)).body.materialsTotalCents).toBe(901)
  })

  test('negative or malformed quantities and costs are refused and nothing is written', async () => {
    const job = await newJob('Bad materials')
    const before = await count('job_materials')
    for (const body of [
      { description: 'Wire', quantity: -1, unitCostCents: 10 },
      { description: 'Wire', quantity: '-1', unitCostCents: 10 },
      { description: 'Wire', quantity: 0, unitCostCents: 10 },
      { description: 'Wire', quantity: '1.2345', unitCostCents: 10 },
      { description: 'Wire', quantity: 1, unitCostCents: -5 },
      { description: 'Wire', quantity: 1, unitCostCents: 1.5 },
      { description: '', quantity: 1, unitCostCents: 10 },
    ]) {
      const response = await a.office.api.post(`/jobs/${job.id}/materials`, body)
      expect(response.status, JSON.stringify(body)).toBe(422)
    }
    const cable = await a.office.api.post(`/jobs/${job.id}/materials`, { description: 'Wire', quantity: 1, unitCostCents: 10 })
    expect((await a.office.api.patch(`/jobs/${job.id}/materials/${cable.body.id}`, { unitCostCents: -1 })).status).toBe(422)
    expect(await count('job_materials')).toBe(before + 1)
    expect((await a.office.api.get(`/jobs/${job.id}`)).body.materials[0]).toMatchObject({ quantity: '1', unitCostCents: 10 })
  })

  test('a photo is attached, listed on the job and downloadable; other types are refused', async () => {
    const job = await newJob('Photos', { assigneeIds: [a.tech.userId] })
    const uploaded = await a.tech.api.upload(`/jobs/${job.id}/files`, png, 'panel.png', 'image/png')
    expect(uploaded.status).toBe(201)
    expect(uploaded.body).toMatchObject({ name: 'panel.png', contentType: 'image/png', sizeBytes: png.byteLength, url: `/api/v1/files/${uploaded.body.id}` })
    const detail = await a.office.api.get(`/jobs/${job.id}`)
    expect(detail.body.files).toEqual([uploaded.body])
    const download = await a.office.api.raw('GET', `/files/${uploaded.body.id}`)
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png)

    const before = await count('files')
    const text = await a.office.api.upload(`/jobs/${job.id}/files`, new TextEncoder().encode('hi'), 'notes.txt', 'text/plain')
    expect(text.status).toBe(422)
    const missing = await a.office.api.raw('POST', `/jobs/${job.id}/files`, { body: new FormData() })
    expect(missing.status).toBe(422)
    expect(await count('files')).toBe(before)
  })
})

describe('deleting jobs', () => {
  test('a manager deletes a job booked by mistake with its notes, materials, crew and files', async () => {
    const job = await newJob('Booked by mistake', { assigneeIds: [a.tech.userId] })
    await a.office.api.post(`/jobs/${job.id}/notes`, { body: 'Oops' })
    await a.office.api.post(`/jobs/${job.id}/materials`, { description: 'Wire', quantity: 1, unitCostCents: 10 })
    const photo = await a.office.api.upload(`/jobs/${job.id}/files`, png, 'x.png', 'image/png')
    expect((await a.admin.api.delete(`/jobs/${job.id}`)).status).toBe(204)
    expect((await a.owner.api.get(`/jobs/${job.id}`)).status).toBe(404)
    expect((await a.owner.api.raw('GET', `/files/${photo.body.id}`)).status).toBe(404)
    const left = await asAdmin(server, (sql) => sql`
      select (select count(*) from job_notes where job_id = ${job.id})::int as notes,
             (select count(*) from job_materials where job_id = ${job.id})::int as materials,
             (select count(*) from job_assignments where job_id = ${job.id})::int as crew`)
    expect(left[0]).toEqual({ notes: 0, materials: 0, crew: 0 })
  })

  test('a job with time or an invoice is kept (409): it is cancelled instead', async () => {
    const clocked = await newJob('Clocked job')
    const invoiced = await newJob('Invoiced job')
    await asAdmin(server, async (sql) => {
      await sql`insert into time_entries (company_id, user_id, job_id, clock_in, clock_out)
                values (${a.companyId}, ${a.office.userId}, ${clocked.id}, '2026-01-05T13:00:00Z', '2026-01-05T15:00:00Z')`
      await sql`insert into invoices (company_id, customer_id, job_id, number) values (${a.companyId}, ${customerId}, ${invoiced.id}, 'INV-TEST-1')`
    })
    const first = await a.owner.api.delete(`/jobs/${clocked.id}`)
    expect(first.status).toBe(409)
    expect(first.body.error.message).toMatch(/1 time entry; cancel it instead/)
    const second = await a.owner.api.delete(`/jobs/${invoiced.id}`)
    expect(second.status).toBe(409)
    expect(second.body.error.message).toMatch(/1 invoice/)
    expect((await a.owner.api.get(`/jobs/${invoiced.id}`)).status).toBe(200)
  })
})

describe('hours on a job', () => {
  test('actual hours sum the job’s time entries, an open one counting up to now, next to the estimate', async () => {
    const job = await newJob('Hours', { estimatedHours: 4, assigneeIds: [a.tech.userId] })
    await asAdmin(server, async (sql) => {
      await sql`insert into time_entries (company_id, user_id, job_id, clock_in, clock_out) values
        (${a.companyId}, ${a.tech.userId}, ${job.id}, '2026-01-05T13:00:00Z', '2026-01-05T15:30:00Z'),
        (${a.companyId}, ${a.office.userId}, ${job.id}, '2026-01-06T13:00:00Z', '2026-01-06T14:15:00Z'),
        (${a.companyId}, ${a.admin.userId}, ${job.id}, now() - interval '1 hour', null)`
    })
    const detail = await a.office.api.get(`/jobs/${job.id}`)
    expect(detail.body.estimatedHours).toBe(4)
    expect(detail.body.actualHours).toBeGreaterThanOrEqual(4.75)
    expect(detail.body.actualHours).toBeLessThan(4.8)
    expect(detail.body.clockedInNow).toBe(1)
    const listed = await a.office.api.get(`/jobs?search=Hours`)
    expect(listed.body.data.find((j: { id: string }) => j.id === job.id).actualHours).toBe(detail.body.actualHours)
    // The assigned tech sees the crew's total on their job, though RLS keeps the others' entries from them.
    const techView = await a.tech.api.get(`/jobs/${job.id}`)
    expect(techView.body.actualHours).toBe(detail.body.actualHours)
    expect(techView.body.clockedInNow).toBe(1)
    expect((await a.tech.api.get(`/time/entries?jobId=${job.id}`)).body.data.every((e: { userId: string }) => e.userId === a.tech.userId)).toBe(true)
    await asAdmin(server, (sql) => sql`update time_entries set clock_out = now() where user_id = ${a.admin.userId} and clock_out is null`)
  })
})

describe('CSV export', () => {
  test('staff download the filtered jobs as CSV with estimated and actual hours', async () => {
    const job = await newJob('=Export cmd', { estimatedHours: 3, scheduledStart: '2026-02-02T13:00:00Z', assigneeIds: [a.tech.userId] })
    await asAdmin(server, (sql) => sql`insert into time_entries (company_id, user_id, job_id, clock_in, clock_out)
      values (${a.companyId}, ${a.tech.userId}, ${job.id}, '2026-02-02T13:00:00Z', '2026-02-02T14:30:00Z')`)
    const response = await a.office.api.raw('GET', '/jobs/export.csv?search=Export')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="jobs-\d{4}-\d{2}-\d{2}\.csv"/)
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('Job ID,Title,Customer,Status,Scheduled start,Scheduled end,Trade,Category,Address,Assigned,Estimated hours,Actual hours,Completed at')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toBe(`${job.id},'=Export cmd,Dana Whitfield,scheduled,2026-02-02T13:00:00.000Z,,electrical,,"18 Orchard Ln, Glastonbury, CT 06033",${a.tech.email},3,1.5,`)
  })

  test('the export is for staff only', async () => {
    expect((await a.tech.api.raw('GET', '/jobs/export.csv')).status).toBe(403)
  })
})

describe('what each role may do with jobs', () => {
  test('a tech lists only the jobs assigned to them, and the total counts only those', async () => {
    const tag = `Tech scope ${Date.now()}`
    const mine = await newJob(`${tag} mine`, { assigneeIds: [a.tech.userId] })
    await newJob(`${tag} theirs`, { assigneeIds: [a.office.userId] })
    await newJob(`${tag} nobody’s`)
    const list = await a.tech.api.get(`/jobs?search=${encodeURIComponent(tag)}`)
    expect(list.status).toBe(200)
    expect(list.body.data.map((j: { id: string }) => j.id)).toEqual([mine.id])
    expect(list.body.total).toBe(1)
    const everything = await a.tech.api.get('/jobs?pageSize=100')
    const assigned = await a.office.api.get(`/jobs?pageSize=100&techId=${a.tech.userId}`)
    expect(everything.body.total).toBe(assigned.body.total)
    expect((await a.office.api.get(`/jobs?search=${encodeURIComponent(tag)}`)).body.total).toBe(3)
  })

  test('a tech gets 404 for a job not assigned to them, whatever they try', async () => {
    const job = await newJob('Not yours', { assigneeIds: [a.office.userId] })
    expect((await a.tech.api.get(`/jobs/${job.id}`)).status).toBe(404)
    expect((await a.tech.api.post(`/jobs/${job.id}/status`, { status: 'in_progress' })).status).toBe(404)
    expect((await a.tech.api.post(`/jobs/${job.id}/notes`, { body: 'Sneaky' })).status).toBe(404)
    expect((await a.tech.api.post(`/jobs/${job.id}/materials`, { description: 'Wire', quantity: 1 })).status).toBe(404)
    expect((await a.tech.api.upload(`/jobs/${job.id}/files`, png, 'x.png', 'image/png')).status).toBe(404)
    const after = await a.office.api.get(`/jobs/${job.id}`)
    expect(after.body).toMatchObject({ status: 'scheduled', notes: [], materials: [], files: [] })
  })

  test('a tech starts and completes their job but may not cancel it', async () => {
    const job = await newJob('Tech works it', { assigneeIds: [a.tech.userId] })
    expect((await a.tech.api.post(`/jobs/${job.id}/status`, { status: 'in_progress' })).status).toBe(200)
    const cancel = await a.tech.api.post(`/jobs/${job.id}/status`, { status: 'cancelled' })
    expect(cancel.status).toBe(403)
    const done = await a.tech.api.post(`/jobs/${job.id}/status`, { status: 'completed' })
    expect(done.status).toBe(200)
    expect(done.body.status).toBe('completed')
  })

  test('a tech records materials but never sees a cost or a total', async () => {
    const job = await newJob('No prices for techs', { assigneeIds: [a.tech.userId] })
    await a.office.api.post(`/jobs/${job.id}/materials`, { description: 'Panel', quantity: 1, unitCostCents: 45000 })
    const added = await a.tech.api.post(`/jobs/${job.id}/materials`, { description: 'Wire nuts', quantity: 12, unit: 'ea' })
    expect(added.status).toBe(201)
    expect(added.body).not.toHaveProperty('unitCostCents')
    expect(added.body).not.toHaveProperty('totalCents')
    const corrected = await a.tech.api.patch(`/jobs/${job.id}/materials/${added.body.id}`, { quantity: 10 })
    expect(corrected.status).toBe(200)
    expect(corrected.body).toEqual({ id: added.body.id, description: 'Wire nuts', quantity: '10', unit: 'ea', brand: null, createdAt: expect.any(String), updatedAt: expect.any(String) })

    const detail = await a.tech.api.get(`/jobs/${job.id}`)
    expect(detail.body).not.toHaveProperty('materialsTotalCents')
    expect(JSON.stringify(detail.body)).not.toMatch(/Cents|45000/)
    expect(detail.body.materials).toHaveLength(2)
    expect(JSON.stringify((await a.tech.api.get('/jobs?pageSize=100')).body)).not.toMatch(/Cents/)

    const before = await count('job_materials')
    const priced = await a.tech.api.post(`/jobs/${job.id}/materials`, { description: 'Breaker', quantity: 1, unitCostCents: 1299 })
    expect(priced.status).toBe(403)
    expect((await a.tech.api.patch(`/jobs/${job.id}/materials/${added.body.id}`, { unitCostCents: 1 })).status).toBe(403)
    expect((await a.tech.api.delete(`/jobs/${job.id}/materials/${added.body.id}`)).status).toBe(403)
    expect(await count('job_materials')).toBe(before)
    expect((await a.office.api.get(`/jobs/${job.id}`)).body.materials.find((m: { id: string }) => m.id === added.body.id).unitCostCents).toBe(0)
  })

  test.each([
    ['owner', 201],
    ['admin', 201],
    ['office', 201],
    ['tech', 403],
  ] as const)('%s creating a job gets %i', async (role, status) => {
    const before = await count('jobs')
    const response = await a[role].api.post('/jobs', { customerId, title: `Made by ${role}` })
    expect(response.status).toBe(status)
    expect(await count('jobs')).toBe(before + (status === 201 ? 1 : 0))
  })

  test('a tech cannot edit, reassign or delete even their own job', async () => {
    const job = await newJob('Tech hands off', { assigneeIds: [a.tech.userId] })
    expect((await a.tech.api.patch(`/jobs/${job.id}`, { title: 'Renamed' })).status).toBe(403)
    expect((await a.tech.api.put(`/jobs/${job.id}/assignees`, { userIds: [] })).status).toBe(403)
    expect((await a.tech.api.delete(`/jobs/${job.id}`)).status).toBe(403)
    expect((await a.office.api.get(`/jobs/${job.id}`)).body).toMatchObject({ title: 'Tech hands off', assignees: [{ userId: a.tech.userId }] })
  })

  test.each([
    ['owner', 204],
    ['admin', 204],
    ['office', 403],
    ['tech', 403],
  ] as const)('%s deleting a job gets %i', async (role, status) => {
    const job = await newJob(`Delete by ${role}`, { assigneeIds: [a.tech.userId] })
    expect((await a[role].api.delete(`/jobs/${job.id}`)).status).toBe(status)
    expect((await a.owner.api.get(`/jobs/${job.id}`)).status).toBe(status === 204 ? 404 : 200)
  })
})

describe('jobs across companies', () => {
  test('another company’s job answers 404 to every operation and is left as it was', async () => {
    const job = await newJob('Alpha private', { assigneeIds: [a.tech.userId] })
    const material = await a.office.api.post(`/jobs/${job.id}/materials`, { description: 'Wire', quantity: 1, unitCostCents: 10 })
    for (const account of [b.owner, b.tech]) {
      expect((await account.api.get(`/jobs/${job.id}`)).status).toBe(404)
      expect((await account.api.post(`/jobs/${job.id}/status`, { status: 'in_progress' })).status).toBe(404)
      expect((await account.api.post(`/jobs/${job.id}/notes`, { body: 'Hi' })).status).toBe(404)
      expect((await account.api.post(`/jobs/${job.id}/materials`, { description: 'x', quantity: 1 })).status).toBe(404)
      expect((await account.api.patch(`/jobs/${job.id}/materials/${material.body.id}`, { quantity: 5 })).status).toBe(404)
      expect((await account.api.upload(`/jobs/${job.id}/files`, png, 'x.png', 'image/png')).status).toBe(404)
    }
    expect((await b.owner.api.patch(`/jobs/${job.id}`, { title: 'Hijacked' })).status).toBe(404)
    expect((await b.owner.api.put(`/jobs/${job.id}/assignees`, { userIds: [b.tech.userId] })).status).toBe(404)
    expect((await b.owner.api.delete(`/jobs/${job.id}/materials/${material.body.id}`)).status).toBe(404)
    expect((await b.owner.api.delete(`/jobs/${job.id}`)).status).toBe(404)
    const after = await a.office.api.get(`/jobs/${job.id}`)
    expect(after.body).toMatchObject({ title: 'Alpha private', status: 'scheduled', notes: [], files: [], materials: [{ quantity: '1' }] })
  })

  test('lists, the calendar and the export never reach another company', async () => {
    await newJob('Alpha listed', { scheduledStart: '2026-09-01T13:00:00Z' })
    expect((await b.owner.api.get('/jobs?search=Alpha')).body).toMatchObject({ data: [], total: 0 })
    expect((await b.owner.api.get('/jobs/calendar?from=2026-08-31&to=2026-09-07')).body.data).toEqual([])
    const csv = await (await b.owner.api.raw('GET', '/jobs/export.csv')).text()
    expect(csv).not.toMatch(/Alpha|Dana/)
  })

  test('a job for another company’s customer is refused and nothing is written', async () => {
    const before = await count('jobs')
    const response = await a.office.api.post('/jobs', { customerId: bCustomerId, title: 'Cross-tenant' })
    expect(response.status).toBe(422)
    expect(response.body.error.message).toMatch(/No customer with this id/)
    expect(response.body.error.details[0].path).toBe('customerId')
    const moved = await newJob('Stay home')
    expect((await a.office.api.patch(`/jobs/${moved.id}`, { customerId: bCustomerId })).status).toBe(422)
    expect(await count('jobs')).toBe(before + 1)
  })
})

describe('bad job input gets a clear error and writes nothing', () => {
  test.each([
    ['a missing title', { customerId: 'CUSTOMER' }, 'title'],
    ['a missing customer', { title: 'No customer' }, 'customerId'],
    ['a malformed customer id', { customerId: 'nope', title: 'x' }, 'customerId'],
    ['an unknown trade', { customerId: 'CUSTOMER', title: 'x', trade: 'wizardry' }, 'trade'],
    ['negative hours', { customerId: 'CUSTOMER', title: 'x', estimatedHours: -1 }, 'estimatedHours'],
    ['an unreadable date', { customerId: 'CUSTOMER', title: 'x', scheduledStart: 'next tuesday' }, 'scheduledStart'],
    ['an unknown field', { customerId: 'CUSTOMER', title: 'x', status: 'completed' }, '(body)'],
  ])('%s is a 422 naming the field', async (_label, body, path) => {
    const before = await count('jobs')
    const payload = JSON.parse(JSON.stringify(body).replace('CUSTOMER', customerId))
    const response = await a.office.api.post('/jobs', payload)
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path)
    expect(await count('jobs')).toBe(before)
  })

  test('an unknown job id is a 404 and a malformed one a 422', async () => {
    expect((await a.office.api.get('/jobs/7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11')).status).toBe(404)
    expect((await a.office.api.get('/jobs/not-a-uuid')).status).toBe(422)
  })
})

test('the OpenAPI document lists every jobs endpoint', async () => {
  const spec = await a.owner.api.get('/openapi.json')
  const paths = spec.body.paths
  expect(Object.keys(paths['/api/v1/jobs']).sort()).toEqual(['get', 'post'])
  expect(Object.keys(paths['/api/v1/jobs/{id}']).sort()).toEqual(['delete', 'get', 'patch'])
  expect(paths['/api/v1/jobs/calendar'].get).toBeDefined()
  expect(paths['/api/v1/jobs/export.csv'].get).toBeDefined()
  expect(paths['/api/v1/jobs/{id}/status'].post).toBeDefined()
  expect(paths['/api/v1/jobs/{id}/assignees'].put).toBeDefined()
  expect(paths['/api/v1/jobs/{id}/notes'].post).toBeDefined()
  expect(paths['/api/v1/jobs/{id}/materials'].post).toBeDefined()
  expect(Object.keys(paths['/api/v1/jobs/{id}/materials/{materialId}']).sort()).toEqual(['delete', 'patch'])
  expect(paths['/api/v1/jobs/{id}/files'].post.requestBody.content['multipart/form-data']).toBeDefined()
})
