import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { lineTotalCents } from '../../functions/lib/money'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team
/** Completed 2026-03-10, the fully constructed job. */
let costedJobId: string
/** In progress, with an open time entry and nothing invoiced. */
let openJobId: string
/** Completed on the last minute of March (UTC), losing money. */
let lossJobId: string
/** Completed ten minutes into April (UTC). */
let aprilJobId: string

type Sql = Parameters<Parameters<typeof asAdmin>[1]>[0]
type JobSetup = { title: string; status?: string; completedAt?: string }

/** Data is inserted directly: the jobs, time, invoice and bid APIs are not what is under test. */
async function insertJob(sql: Sql, companyId: string, { title, status = 'completed', completedAt }: JobSetup): Promise<string> {
  const [customer] = await sql<{ id: string }[]>`insert into customers (company_id, name) values (${companyId}, ${`${title} owner`}) returning id`
  const [job] = await sql<{ id: string }[]>`
    insert into jobs (company_id, customer_id, title, trade, status, completed_at)
    values (${companyId}, ${customer!.id}, ${title}, 'electrical', ${status}, ${completedAt ?? null})
    returning id`
  return job!.id
}

/** A closed time entry of `minutes` on a job. */
async function clock(sql: Sql, companyId: string, userId: string, jobId: string, start: string, minutes: number) {
  await sql`
    insert into time_entries (company_id, user_id, job_id, clock_in, clock_out)
    values (${companyId}, ${userId}, ${jobId}, ${start}::timestamptz, ${start}::timestamptz + make_interval(mins => ${minutes}))`
}

async function invoice(sql: Sql, companyId: string, jobId: string, number: string, status: string, totalCents: number, amountPaidCents = 0) {
  await sql`
    insert into invoices (company_id, customer_id, job_id, number, status, total_cents, subtotal_cents, amount_paid_cents)
    select ${companyId}, customer_id, id, ${number}, ${status}, ${totalCents}, ${totalCents}, ${amountPaidCents} from jobs where id = ${jobId}`
}

async function bid(sql: Sql, companyId: string, jobId: string, number: string, status: string, totalCents: number) {
  await sql`
    insert into bids (company_id, customer_id, job_id, number, status, total_cents, subtotal_cents)
    select ${companyId}, customer_id, id, ${number}, ${status}, ${totalCents}, ${totalCents} from jobs where id = ${jobId}`
}

const materialLines = [
  { description: 'Wire 12/2', quantity: '2.345', unitCostCents: 1_999 }, // 4,687.655 → 4,688
  { description: 'Wire nuts', quantity: '0.333', unitCostCents: 150 }, // 49.95 → 50
  { description: 'Ground clip', quantity: '0.125', unitCostCents: 4 }, // 0.5 → 1: each line rounds,
  { description: 'Ground clip', quantity: '0.125', unitCostCents: 4 }, // 0.5 → 1  not only the sum
  { description: 'Breakers', quantity: '10', unitCostCents: 1_250 }, // 12,500
]

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Margin Electric'), createTeam(server, 'Rival Plumbing')])
  const c = team.companyId

  for (const [account, rate] of [[team.tech, 4_250], [team.admin, 6_000]] as const) {
    const set = await team.owner.api.put(`/costing/rates/${account.userId}`, { hourlyCostCents: rate })
    expect(set.status).toBe(200)
  }

  await asAdmin(server, async (sql) => {
    costedJobId = await insertJob(sql, c, { title: 'Service upgrade', completedAt: '2026-03-10T18:00:00Z' })
    openJobId = await insertJob(sql, c, { title: 'Rewire in progress', status: 'in_progress' })
    lossJobId = await insertJob(sql, c, { title: 'Warranty callback', completedAt: '2026-03-31T23:30:00Z' })
    aprilJobId = await insertJob(sql, c, { title: 'April job', completedAt: '2026-04-01T00:10:00Z' })

    // Labour on the costed job: tech 150 + 75 min at $42.50/h, admin 20 min at $60/h, office 60 min with no rate.
    await clock(sql, c, team.tech.userId, costedJobId, '2026-03-09T13:00:00Z', 150)
    await clock(sql, c, team.tech.userId, costedJobId, '2026-03-10T13:00:00Z', 75)
    await clock(sql, c, team.admin.userId, costedJobId, '2026-03-10T15:00:00Z', 20)
    await clock(sql, c, team.office.userId, costedJobId, '2026-03-10T16:00:00Z', 60)
    // One transaction shares one now(): space the rows out so "in the order added" is defined.
    for (const [i, line] of materialLines.entries()) {
      await sql`insert into job_materials (company_id, job_id, description, quantity, unit_cost_cents, created_at)
        values (${c}, ${costedJobId}, ${line.description}, ${line.quantity}, ${line.unitCostCents}, now() + ${i} * interval '1 second')`
    }
    await invoice(sql, c, costedJobId, 'INV-0001', 'partial', 100_000, 30_000)
    await invoice(sql, c, costedJobId, 'INV-0002', 'void', 20_000)
    await invoice(sql, c, costedJobId, 'INV-0003', 'paid', 15_000, 15_000)
    await bid(sql, c, costedJobId, 'BID-0001', 'accepted', 110_000)
    await bid(sql, c, costedJobId, 'BID-0002', 'declined', 95_000)

    // The open job: the tech has been clocked in for two hours.
    await sql`insert into time_entries (company_id, user_id, job_id, clock_in) values (${c}, ${team.tech.userId}, ${openJobId}, now() - interval '2 hours')`

    // The losing job: invoiced $100, $120 of expenses (below). The April job: invoiced $500.
    await invoice(sql, c, lossJobId, 'INV-0004', 'sent', 10_000)
    await invoice(sql, c, aprilJobId, 'INV-0005', 'sent', 50_000)
  })

  // Expenses go through the API, linked to the jobs (one not linked: it must not count).
  for (const amountCents of [5_000, 2_499]) {
    const created = await team.office.api.post('/expenses', { category: 'permits', amountCents, incurredOn: '2026-03-09', jobId: costedJobId })
    expect(created.status).toBe(201)
  }
  expect((await team.office.api.post('/expenses', { category: 'fuel', amountCents: 9_999, incurredOn: '2026-03-09' })).status).toBe(201)
  expect((await team.owner.api.post('/expenses', { category: 'subcontractor', amountCents: 12_000, incurredOn: '2026-03-31', jobId: lossJobId })).status).toBe(201)
})
afterAll(async () => {
  await server?.stop()
})

describe('costing one job', () => {
  test('revenue, labour, materials, expenses and margin come out exact', async () => {
    const response = await team.owner.api.get(`/costing/jobs/${costedJobId}`)
    expect(response.status).toBe(200)
    const costing = response.body

    expect(costing).toMatchObject({ jobId: costedJobId, title: 'Service upgrade', status: 'completed', customerName: 'Service upgrade owner', completedAt: '2026-03-10T18:00:00.000Z' })
    expect(costing.revenue).toEqual({ invoicedCents: 115_000, collectedCents: 45_000, invoiceCount: 2, acceptedBidCents: 110_000 })

    // Tech: 3.75 h × $42.50 = $159.375 → $159.38; admin: 1/3 h × $60 = $20.00; office: 1 h, no rate.
    expect(costing.labor).toMatchObject({ hours: 5.08, costCents: 15_938 + 2_000, missingRates: true })
    const people = Object.fromEntries(costing.labor.people.map((p: { userId: string }) => [p.userId, p]))
    expect(people[team.tech.userId]).toEqual({ userId: team.tech.userId, email: team.tech.email, hours: 3.75, hourlyCostCents: 4_250, costCents: 15_938 })
    expect(people[team.admin.userId]).toEqual({ userId: team.admin.userId, email: team.admin.email, hours: 0.33, hourlyCostCents: 6_000, costCents: 2_000 })
    expect(people[team.office.userId]).toEqual({ userId: team.office.userId, email: team.office.email, hours: 1, hourlyCostCents: null, costCents: 0 })
    expect(costing.labor.people).toHaveLength(3)

    const expectedMaterials = materialLines.reduce((sum, line) => sum + lineTotalCents({ quantity: line.quantity, unitPriceCents: line.unitCostCents }), 0)
    expect(expectedMaterials).toBe(4_688 + 50 + 1 + 1 + 12_500)
    expect(costing.materials.costCents).toBe(expectedMaterials)
    expect(costing.materials.count).toBe(5)
    expect(costing.materials.lines.map((l: { quantity: string; totalCents: number }) => [l.quantity, l.totalCents])).toEqual([
      ['2.345', 4_688],
      ['0.333', 50],
      ['0.125', 1],
      ['0.125', 1],
      ['10', 12_500],
    ])

    expect(costing.expenses).toEqual({ costCents: 7_499, count: 2 })
    const totalCost = 17_938 + 17_240 + 7_499
    expect(costing.totalCostCents).toBe(totalCost)
    expect(costing.marginCents).toBe(115_000 - totalCost)
    expect(costing.marginPercent).toBe(62.89) // 72,323 / 115,000 = 62.889…%
  })

  test('setting the missing rate adds that person’s cost and clears the flag', async () => {
    expect((await team.owner.api.put(`/costing/rates/${team.office.userId}`, { hourlyCostCents: 3_000 })).status).toBe(200)
    const costing = (await team.owner.api.get(`/costing/jobs/${costedJobId}`)).body
    expect(costing.labor).toMatchObject({ costCents: 17_938 + 3_000, missingRates: false })
    expect(costing.marginCents).toBe(115_000 - (20_938 + 17_240 + 7_499))
    expect((await team.owner.api.put(`/costing/rates/${team.office.userId}`, { hourlyCostCents: null })).status).toBe(200)
    expect((await team.owner.api.get(`/costing/jobs/${costedJobId}`)).body.labor.missingRates).toBe(true)
  })

  test('an open time entry counts up to now, and with nothing invoiced the margin percent is null', async () => {
    const costing = (await team.admin.api.get(`/costing/jobs/${openJobId}`)).body
    expect(costing.labor.hours).toBeGreaterThanOrEqual(2)
    expect(costing.labor.hours).toBeLessThan(2.05)
    expect(costing.labor.costCents).toBeGreaterThanOrEqual(8_500) // 2 h × $42.50
    expect(costing.labor.costCents).toBeLessThan(8_500 + 213)
    expect(costing.revenue).toEqual({ invoicedCents: 0, collectedCents: 0, invoiceCount: 0, acceptedBidCents: null })
    expect(costing.marginCents).toBe(-costing.totalCostCents)
    expect(costing.marginPercent).toBeNull()
  })

  test('an unknown job or another company’s job is not found', async () => {
    expect((await team.owner.api.get('/costing/jobs/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await rival.owner.api.get(`/costing/jobs/${costedJobId}`)).status).toBe(404)
    expect((await team.owner.api.get('/costing/jobs/not-a-uuid')).status).toBe(422)
  })
})

describe('the margin table of completed jobs', () => {
  test('lists the period’s completed jobs by margin with the period totals', async () => {
    const response = await team.owner.api.get('/costing/jobs?from=2026-03-01&to=2026-03-31')
    expect(response.status).toBe(200)
    const list = response.body
    expect(list.data.map((j: { jobId: string }) => j.jobId)).toEqual([costedJobId, lossJobId])
    expect(list.total).toBe(2)
    const detail = (await team.owner.api.get(`/costing/jobs/${costedJobId}`)).body
    const { people: _people, ...labor } = detail.labor
    const { lines: _lines, ...materials } = detail.materials
    expect(list.data[0]).toEqual({ ...detail, labor, materials })
    expect(list.data[1]).toMatchObject({ totalCostCents: 12_000, marginCents: -2_000, marginPercent: -20 })
    const revenue = 115_000 + 10_000
    const cost = detail.totalCostCents + 12_000
    expect(list.totals).toEqual({ revenueCents: revenue, totalCostCents: cost, marginCents: revenue - cost, marginPercent: Math.round(((revenue - cost) * 10_000) / revenue) / 100 })
  })

  test('ascending order puts the worst margin first', async () => {
    const list = (await team.owner.api.get('/costing/jobs?from=2026-03-01&to=2026-03-31&order=asc')).body
    expect(list.data.map((j: { jobId: string }) => j.jobId)).toEqual([lossJobId, costedJobId])
  })

  test('days are whole UTC days: a job completed ten minutes into April is not in March', async () => {
    const april = (await team.owner.api.get('/costing/jobs?from=2026-04-01&to=2026-04-01')).body
    expect(april.data.map((j: { jobId: string }) => j.jobId)).toEqual([aprilJobId])
    const all = (await team.owner.api.get('/costing/jobs')).body
    expect(all.data.map((j: { jobId: string }) => j.jobId).sort()).toEqual([costedJobId, lossJobId, aprilJobId].sort())
    expect(all.data.map((j: { jobId: string }) => j.jobId)).not.toContain(openJobId)
  })

  test('pages keep the totals of the whole period', async () => {
    const page2 = (await team.owner.api.get('/costing/jobs?from=2026-03-01&to=2026-03-31&pageSize=1&page=2')).body
    expect(page2.data.map((j: { jobId: string }) => j.jobId)).toEqual([lossJobId])
    expect(page2.total).toBe(2)
    expect(page2.totals.revenueCents).toBe(125_000)
  })

  test('another company sees none of these jobs, and bad dates answer 422', async () => {
    const list = (await rival.owner.api.get('/costing/jobs')).body
    expect(list).toMatchObject({ data: [], total: 0, totals: { revenueCents: 0, totalCostCents: 0, marginCents: 0, marginPercent: null } })
    expect((await team.owner.api.get('/costing/jobs?from=2026-04-01&to=2026-03-01')).status).toBe(422)
    expect((await team.owner.api.get('/costing/jobs?order=sideways')).status).toBe(422)
  })
})

describe('only owners and admins see costing', () => {
  test.each(['office', 'tech'] as const)('%s gets 403 from every costing endpoint', async (role) => {
    const api = team[role].api
    for (const response of [
      await api.get(`/costing/jobs/${costedJobId}`),
      await api.get('/costing/jobs'),
      await api.get('/costing/rates'),
      await api.put(`/costing/rates/${team[role].userId}`, { hourlyCostCents: 99_999 }),
    ]) {
      expect(response.status).toBe(403)
      expect(response.body.error.code).toBe('forbidden')
    }
    const rates = (await team.owner.api.get('/costing/rates')).body.data
    expect(rates.find((r: { userId: string }) => r.userId === team[role].userId).hourlyCostCents).not.toBe(99_999)
  })

  test('an admin reads costing and rates', async () => {
    expect((await team.admin.api.get(`/costing/jobs/${costedJobId}`)).status).toBe(200)
    const rates = await team.admin.api.get('/costing/rates')
    expect(rates.status).toBe(200)
    expect(rates.body.data).toHaveLength(4)
    expect(rates.body.data.find((r: { userId: string }) => r.userId === team.tech.userId)).toMatchObject({ role: 'tech', email: team.tech.email, hourlyCostCents: 4_250 })
  })
})

describe('setting hourly costs', () => {
  test('an owner sets a rate, and the change is audited', async () => {
    const set = await team.owner.api.put(`/costing/rates/${team.admin.userId}`, { hourlyCostCents: 6_500 })
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({ userId: team.admin.userId, role: 'admin', hourlyCostCents: 6_500 })
    const audit = await asAdmin(server, (sql) => sql<{ changes: Record<string, unknown> }[]>`
      select changes from audit_log where action = 'member.hourly_cost' and entity_id = ${set.body.memberId} order by created_at desc limit 1`)
    expect(audit[0]!.changes).toEqual({ userId: team.admin.userId, from: 6_000, to: 6_500 })
    await team.owner.api.put(`/costing/rates/${team.admin.userId}`, { hourlyCostCents: 6_000 })
  })

  test.each([
    ['a negative rate', { hourlyCostCents: -1 }],
    ['a fractional rate', { hourlyCostCents: 42.5 }],
    ['a rate sent as text', { hourlyCostCents: '4250' }],
    ['an absurd rate', { hourlyCostCents: 100_001 }],
    ['a missing rate', {}],
    ['an unknown field', { hourlyCostCents: 100, role: 'owner' }],
  ])('%s is refused with 422 and nothing changes', async (_label, body) => {
    const response = await team.owner.api.put(`/costing/rates/${team.tech.userId}`, body)
    expect(response.status).toBe(422)
    const rates = (await team.owner.api.get('/costing/rates')).body.data
    expect(rates.find((r: { userId: string }) => r.userId === team.tech.userId).hourlyCostCents).toBe(4_250)
  })

  test('someone outside the company is not found', async () => {
    expect((await team.owner.api.put(`/costing/rates/${rival.tech.userId}`, { hourlyCostCents: 1 })).status).toBe(404)
    expect((await team.owner.api.put('/costing/rates/00000000-0000-4000-8000-000000000000', { hourlyCostCents: 1 })).status).toBe(404)
    const rivalRate = await asAdmin(server, (sql) => sql<{ hourly_cost_cents: number | null }[]>`select hourly_cost_cents from company_members where user_id = ${rival.tech.userId}`)
    expect(rivalRate[0]!.hourly_cost_cents).toBeNull()
  })
})
