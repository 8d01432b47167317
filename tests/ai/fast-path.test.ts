import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDatabase, createSql, type Database, type Sql } from '../../db/client'
import { answerFastPath } from '../../functions/ai/fast-path'
import { visibilityCategories, type FastAnswer, type Identity, type Persona, type VisibilityMask, type VisibilityRole } from '../../functions/ai/types'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let client: Sql
let db: Database
let team: Team
let rival: Team
let homeowner: Account
let mike: Account
const ids: Record<string, string> = {}
const invoiceNumbers: Record<string, string> = {}
const bidNumbers: Record<string, string> = {}

/** 10:30 pm on Wednesday, Jan 14 in New York; already 3:30 am on Thursday, Jan 15 in UTC and London. */
const lateEvening = new Date('2026-01-15T03:30:00Z')

/** The default Layer 6 matrix of the ZAFTO document, as a mask per role. */
const defaultVisible: Record<VisibilityRole, string[]> = {
  owner: [...visibilityCategories],
  admin: ['pricing_intelligence', 'time_benchmarks', 'bid_win_rates', 'material_costs', 'equipment_lifespan', 'failure_diagnostics', 'code_compliance', 'customer_payment_history', 'regional_comparables'],
  office: ['bid_win_rates', 'equipment_lifespan', 'failure_diagnostics', 'code_compliance', 'customer_payment_history'],
  tech: ['equipment_lifespan', 'failure_diagnostics', 'code_compliance'],
  homeowner: ['equipment_lifespan', 'failure_diagnostics'],
}
const maskFor = (role: VisibilityRole, overrides: Partial<VisibilityMask> = {}): VisibilityMask =>
  ({ ...Object.fromEntries(visibilityCategories.map((c) => [c, defaultVisible[role].includes(c)])), ...overrides }) as VisibilityMask

const personaOf: Record<VisibilityRole, Persona> = { owner: 'owner_admin', admin: 'owner_admin', office: 'office', tech: 'field_tech', homeowner: 'homeowner' }

function identityOf(account: Account, role: VisibilityRole): Identity {
  return {
    userId: account.userId,
    email: account.email,
    persona: personaOf[role],
    role,
    memberTitle: null,
    certifications: [],
    company: role === 'homeowner' ? null : { id: team.companyId, name: 'Fast Path Electric', trades: ['electrical'], state: 'CT', tier: 'team', employeeCount: 4, licenseNumber: null },
    platform: role === 'homeowner' ? 'client_portal' : 'web_crm',
  }
}

type Asker = { account: Account; role: VisibilityRole }
const owner = () => ({ account: team.owner, role: 'owner' }) as Asker
const office = () => ({ account: team.office, role: 'office' }) as Asker
const tech = () => ({ account: team.tech, role: 'tech' }) as Asker
const resident = () => ({ account: homeowner, role: 'homeowner' }) as Asker

const rollback = Symbol('rollback')

/** Asks the fast path inside a transaction running as the person, exactly as the API's requests do; it rolls back. */
async function ask(asker: Asker, message: string, options: { mask?: VisibilityMask; now?: Date; timeZone?: string } = {}): Promise<FastAnswer | null> {
  let answer = null as FastAnswer | null
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: asker.account.userId, role: 'authenticated' })}, true)`)
      answer = await answerFastPath({
        tx,
        identity: identityOf(asker.account, asker.role),
        mask: options.mask ?? maskFor(asker.role),
        message,
        now: options.now ?? lateEvening,
        timeZone: options.timeZone,
      })
      throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
  return answer
}

/** The answer, failing the test when the fast path passed. */
async function answered(asker: Asker, message: string, options?: Parameters<typeof ask>[2]): Promise<FastAnswer> {
  const answer = await ask(asker, message, options)
  if (!answer) throw new Error(`expected a fast answer to "${message}"`)
  return answer
}

const REFUSAL = /forbidden|not allowed|restricted|permission|access denied|unauthori[sz]ed/i

async function created(response: Promise<{ status: number; body: any }>, expected = 201) {
  const result = await response
  if (result.status !== expected) throw new Error(`setup failed: ${result.status} ${JSON.stringify(result.body)}`)
  return result.body
}

const line = (description: string, unitPriceCents: number) => ({ description, quantity: '1', unitPriceCents, type: 'labor' })

beforeAll(async () => {
  // The fast path reads within the request transaction; no background job worker is needed.
  server = await startTestServer({ runJobs: false })
  client = createSql(server.databaseUrl, { max: 2 })
  db = createDatabase(client)
  ;[team, rival, homeowner, mike] = await Promise.all([createTeam(server, 'Fast Path Electric'), createTeam(server, 'Rival Plumbing'), signUp(server, 'homeowner'), signUp(server, 'mike')])
  const api = team.owner.api
  await created(api.post(`/companies/${team.companyId}/members`, { email: mike.email, role: 'tech' }))

  for (const [key, body] of [
    ['linda', { name: 'Linda Johnson', phone: '(860) 555-0101', email: 'linda.johnson@example.com', address: '12 Maple St, Hartford, CT 06105' }],
    ['mark', { name: 'Mark Johnson', phone: '(860) 555-0199' }],
    ['dana', { name: 'Dana Whitfield', phone: '(860) 555-0142', email: 'dana@example.com', address: '18 Orchard Ln, Glastonbury, CT 06033' }],
  ] as const) {
    ids[key] = (await created(api.post('/customers', body))).id
  }
  await created(rival.owner.api.post('/customers', { name: 'Rita Johnson', phone: '(203) 555-0777' }))

  // Jobs around the New York midnight of Jan 14 → 15, 2026.
  const jobs: [string, Record<string, unknown>][] = [
    ['afternoon', { customerId: ids.dana, title: 'Outlet replacement', scheduledStart: '2026-01-14T20:00:00Z', assigneeIds: [team.tech.userId] }],
    ['lateCall', { customerId: ids.linda, title: 'No-heat emergency call', scheduledStart: '2026-01-15T04:30:00Z', assigneeIds: [team.tech.userId] }],
    ['panel', { customerId: ids.dana, title: 'Panel upgrade', scheduledStart: '2026-01-15T14:00:00Z', scheduledEnd: '2026-01-15T20:00:00Z', assigneeIds: [team.tech.userId] }],
    ['serviceCall', { customerId: ids.mark, title: 'Service call: tripping breaker', scheduledStart: '2026-01-15T16:00:00Z', assigneeIds: [team.admin.userId] }],
    ['waterHeater', { customerId: ids.linda, title: 'Water heater swap', scheduledStart: '2026-01-16T15:00:00Z', assigneeIds: [team.tech.userId] }],
    ['atticFan', { customerId: ids.mark, title: 'Attic fan install', scheduledStart: '2026-01-17T16:00:00Z', assigneeIds: [mike.userId] }],
  ]
  for (const [key, body] of jobs) ids[key] = (await created(api.post('/jobs', body))).id
  await created(rival.owner.api.post('/jobs', { customerId: (await created(rival.owner.api.post('/customers', { name: 'Rival Client' }))).id, title: 'Rival repipe', scheduledStart: '2026-01-15T15:00:00Z' }))

  // Invoices, as of Jan 15, 2026: two overdue (one partly paid), one open but not due, one draft.
  const invoice = async (key: string, customerId: string, cents: number, dates: { issueDate: string; dueDate: string }, send = true) => {
    const body = await created(team.office.api.post('/invoices', { customerId, lines: [line('Electrical work', cents)], ...dates }))
    if (send) await created(team.office.api.post(`/invoices/${body.id}/mark-sent`, {}), 200)
    ids[key] = body.id
    invoiceNumbers[key] = body.number
  }
  await invoice('lindaLate', ids.linda!, 45_000, { issueDate: '2025-11-20', dueDate: '2025-12-20' })
  await invoice('danaLate', ids.dana!, 123_456, { issueDate: '2025-12-06', dueDate: '2026-01-05' })
  await created(team.office.api.post(`/invoices/${ids.danaLate}/payments`, { amountCents: 23_456, method: 'check', paidOn: '2026-01-08' }))
  await invoice('markOpen', ids.mark!, 30_000, { issueDate: '2026-01-11', dueDate: '2026-02-10' })
  await invoice('draft', ids.linda!, 99_900, { issueDate: '2025-11-01', dueDate: '2025-12-01' }, false)

  // Bids: one waiting for an answer, one draft, one accepted.
  const bid = async (key: string, customerId: string, title: string, cents: number) => {
    const body = await created(team.office.api.post('/bids', { customerId, title, lines: [line(title, cents)] }))
    ids[key] = body.id
    bidNumbers[key] = body.number
    return body.id as string
  }
  await created(team.office.api.post(`/bids/${await bid('sentBid', ids.dana!, '200 A service upgrade', 450_000)}/mark-sent`, {}), 200)
  await bid('draftBid', ids.mark!, 'EV charger circuit', 180_000)
  const accepted = await bid('acceptedBid', ids.linda!, 'Whole-house surge protection', 65_000)
  await created(team.office.api.post(`/bids/${accepted}/mark-sent`, {}), 200)
  await created(team.office.api.post(`/bids/${accepted}/accept`, {}), 200)

  await created(team.office.api.post('/leads', { name: 'Priya Raman', phone: '(203) 555-0199', source: 'referral', trade: 'electrical', estimatedValueCents: 450_000 }))

  // The tech is on the clock now (real time), on their job.
  await created(team.tech.api.post('/time/clock-in', { jobId: ids.panel }))
})

afterAll(async () => {
  await client?.end()
  await server?.stop()
})

describe('greetings, thanks and help', () => {
  test('a tech is greeted with things a tech can use, and no money questions', async () => {
    const answer = await answered(tech(), 'hi')
    expect(answer.kind).toBe('greeting')
    expect(answer.response).toMatch(/^Hi! I’m Z\./)
    expect(answer.suggestedActions).toContainEqual({ kind: 'ask', label: 'My jobs today', message: 'What are my jobs today?' })
    expect(JSON.stringify(answer)).not.toMatch(/invoice|bid/i)
  })

  test('the greeting answers in kind and fits the office and the owner', async () => {
    const officeAnswer = await answered(office(), 'Good morning!')
    expect(officeAnswer.kind).toBe('greeting')
    expect(officeAnswer.response).toMatch(/^Good morning! I’m Z\./)
    expect(officeAnswer.suggestedActions.map((a) => a.label)).toContain('Jobs tomorrow')

    const ownerAnswer = await answered(owner(), 'hey Z')
    expect(ownerAnswer.kind).toBe('greeting')
    expect(ownerAnswer.suggestedActions[0]).toEqual({ kind: 'ask', label: 'Overdue invoices', message: 'Show my overdue invoices' })
  })

  test('homeowners and ZAFTO staff are greeted too, with questions to ask rather than CRM pages', async () => {
    const answer = await answered(resident(), 'hello there')
    expect(answer.kind).toBe('greeting')
    expect(answer.response).toMatch(/plain English/)
    expect(answer.suggestedActions.length).toBeGreaterThan(0)
    expect(answer.suggestedActions.every((a) => a.kind === 'ask')).toBe(true)

    const ops = await answerAs({ ...identityOf(homeowner, 'homeowner'), persona: 'ops', role: 'ops', platform: 'ops_portal' }, 'hi')
    expect(ops?.kind).toBe('greeting')
  })

  test('help lists what each persona can do, within what they may see', async () => {
    const techHelp = await answered(tech(), 'what can you do?')
    expect(techHelp.kind).toBe('help')
    expect(techHelp.response).toMatch(/Your jobs today, tomorrow or this week/)
    expect(techHelp.response).not.toMatch(/invoice/i)
    expect(techHelp.suggestedActions.length).toBeGreaterThanOrEqual(3)

    const ownerHelp = await answered(owner(), 'help')
    expect(ownerHelp.response).toMatch(/Overdue and unpaid invoices/)
    expect(ownerHelp.response).toMatch(/Hours your team clocked/)

    const officeHelp = await answered(office(), 'What can you help me with?', { mask: maskFor('office', { customer_payment_history: false }) })
    expect(officeHelp.response).not.toMatch(/Overdue and unpaid invoices/)
    expect(officeHelp.response).toMatch(/Bids waiting/)

    const homeownerHelp = await answered(resident(), 'help')
    expect(homeownerHelp.response).toMatch(/equipment usually lasts/)
    expect(homeownerHelp.suggestedActions.some((a) => a.kind === 'navigate')).toBe(false)
  })

  test('thanks and goodbyes close politely, and a greeting in front of a question does not hide the question', async () => {
    expect((await answered(office(), "thanks, that's all"))!.kind).toBe('thanks')
    expect((await answered(tech(), 'ok bye'))!.kind).toBe('goodbye')
    expect((await answered(tech(), 'Thank you so much!'))!.kind).toBe('thanks')
    const question = await answered(tech(), 'hey z, what are my jobs tomorrow?')
    expect(question.kind).toBe('jobs')
  })
})

/** The fast path for an identity without a company (ops staff have none either). */
async function answerAs(identity: Identity, message: string) {
  let answer = null as FastAnswer | null
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: identity.userId, role: 'authenticated' })}, true)`)
      answer = await answerFastPath({ tx, identity, mask: maskFor('homeowner'), message, now: lateEvening })
      throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
  return answer
}

describe('how to use the CRM', () => {
  test.each([
    ['how do I add a photo to a job?', 'job_photo', /In the Photos & files card, click Upload\./, '/crm/jobs/'],
    ['How can I email an invoice to a customer', 'send_invoice', /Send by email/, '/crm/invoices/'],
    ['where do I import my customer list from Excel?', 'import_customers', /Import CSV.*Preview import/s, '/crm/customers/import/'],
    ['how do i record a payment', 'record_payment', /Click Record payment/, '/crm/invoices/'],
    ['customer paid by check, how do I mark the invoice as paid?', 'record_payment', /Reference such as Check #1042/, '/crm/invoices/'],
    ['how to clock in', 'clock_in', /Clock in button/, '/crm/time/'],
    ['how do I turn an accepted quote into a job?', 'convert_bid', /Convert to job \/ invoice/, '/crm/bids/'],
    ['how do I invite a new tech to my team', 'invite_member', /Add a team member/, '/crm/settings/team/'],
    ['How do I upload our company logo?', 'upload_logo', /Upload logo/, '/crm/settings/'],
    ['how do I schedule a new job for a customer', 'create_job', /Book job/, '/crm/jobs/'],
  ])('“%s” gets the %s steps and a link to the page', async (question, guide, steps, href) => {
    const answer = await answered(owner(), question)
    expect(answer.kind).toBe(`how_to:${guide}`)
    expect(answer.response).toMatch(/^To .+:\n1\. /)
    expect(answer.response).toMatch(steps)
    expect(answer.suggestedActions).toEqual([expect.objectContaining({ kind: 'navigate', href })])
  })

  test('a tech asking how to send an invoice hears that the office does it, without being told no', async () => {
    const answer = await answered(tech(), 'how do I send an invoice?')
    expect(answer.kind).toBe('how_to_redirect:send_invoice')
    expect(answer.response).toMatch(/your office takes care of that/)
    expect(answer.response).not.toMatch(REFUSAL)
    expect(answer.suggestedActions.length).toBeGreaterThan(0)
  })

  test('a tech gets the steps for their own work', async () => {
    const answer = await answered(tech(), 'how do I mark a job complete')
    expect(answer.kind).toBe('how_to:job_status')
    expect(answer.response).toMatch(/Mark completed/)
  })
})

describe('conversions and quick math', () => {
  test.each([
    ['convert 25 meters to feet', '25 m = 82.021 ft'],
    ['how many feet in a mile', '1 mi = 5,280 ft'],
    ['what is 72°F in Celsius?', '72 °F = 22.22 °C'],
    ['100 c to f', '100 °C = 212 °F'],
    ['how many btu in a ton?', '1 ton = 12,000 BTU/h'],
    ['12,000 btu/h to kw', '12,000 BTU/h = 3.51685 kW'],
    ['convert 3 tons to kW', '3 tons = 10.5506 kW'],
    ['50 psi to kPa', '50 psi = 344.738 kPa'],
    ['2 in wc to pascals', '2 in. w.c. = 498.178 Pa'],
    ['10 gpm in liters per minute', '10 gpm = 37.8541 L/min'],
    ['5 gallons in liters', '5 gal = 18.9271 L'],
    ['20 kg to lbs', '20 kg = 44.0925 lb'],
    ['how many square feet in an acre', '1 acre = 43,560 sq ft'],
    ['3/8 inch in mm', '3/8 in = 9.525 mm'],
    ['5\' 6" to cm', '5 ft 6 in = 167.64 cm'],
    ['what is 3/8 as a decimal', '3/8 in = 0.375 in (9.525 mm)'],
    ['convert 0.3 inches to a fraction', '0.3 in ≈ 5/16 in (0.3125 in) to the nearest 1/16'],
    ['what fraction is 0.625', '0.625 in = 5/8 in exactly.'],
    ['how many square feet is a 12 by 14 room?', '12 ft × 14 ft = 168 sq ft'],
    ['how many cubic yards of concrete for a 10 by 10 slab 4 inches thick', '10 ft × 10 ft × 4 in = 1.23457 cu yd'],
  ])('“%s” → %s', async (question, expected) => {
    const answer = await answered(tech(), question)
    expect(answer.kind).toMatch(/^(conversion|area|volume)$/)
    expect(answer.response.slice(0, expected.length)).toBe(expected)
  })

  test('the arithmetic is shown, not only the result', async () => {
    expect((await answered(office(), 'convert 25 meters to feet')).response).toContain('1 m = 3.2808399 ft, so 25 × 3.2808399 = 82.021 ft.')
    expect((await answered(office(), '100 c to f')).response).toContain('°F = °C × 9/5 + 32 = 100 × 9/5 + 32 = 212 °F')
    expect((await answered(office(), 'how many square feet is a 12 by 14 room')).response).toContain('Area = length × width: 12 × 14 = 168 sq ft.')
    expect((await answered(office(), 'how many cubic yards of concrete for a 10 by 10 slab 4 inches thick')).response).toContain('4 in = 0.333333 ft; 10 × 10 × 0.333333 = 33.3333 cu ft; 1 cu yd = 27 cu ft, so 33.3333 ÷ 27 = 1.23457 cu yd.')
  })

  test('homeowners get conversions too', async () => {
    expect((await answered(resident(), 'convert 50 gallons to liters')).response).toMatch(/^50 gal = 189\.271 L/)
  })
})

describe('overdue and unpaid invoices', () => {
  test('the owner sees overdue invoices with balances and the total, longest overdue first', async () => {
    const answer = await answered(owner(), 'show my overdue invoices')
    expect(answer.kind).toBe('overdue_invoices')
    expect(answer.response).toMatch(/^You have 2 overdue invoices, \$1,450\.00 past due in total, longest overdue first:/)
    const lines = answer.response.split('\n').slice(1)
    expect(lines[0]).toBe(`- ${invoiceNumbers.lindaLate} · Linda Johnson — $450.00 due, 25 days overdue (due Sat, Dec 20)`)
    expect(lines[1]).toBe(`- ${invoiceNumbers.danaLate} · Dana Whitfield — $1,000.00 due, 9 days overdue (due Mon, Jan 5)`)
    expect(answer.response).not.toContain(invoiceNumbers.markOpen!)
    expect(answer.response).not.toContain(invoiceNumbers.draft!)
    expect(answer.sources.map((s) => s.url)).toEqual([`/crm/invoices/view/?id=${ids.lindaLate}`, `/crm/invoices/view/?id=${ids.danaLate}`])
    expect(answer.sources.every((s) => s.kind === 'record')).toBe(true)
    expect(answer.suggestedActions).toContainEqual({ kind: 'navigate', label: 'Open overdue invoices', href: '/crm/invoices/?status=overdue' })
  })

  test('unpaid invoices include those not yet due, with what is outstanding in total', async () => {
    const answer = await answered(owner(), 'which invoices are still unpaid?')
    expect(answer.kind).toBe('unpaid_invoices')
    expect(answer.response).toMatch(/^You have 3 unpaid invoices, \$1,750\.00 outstanding in total:/)
    expect(answer.response).toContain(`${invoiceNumbers.markOpen} · Mark Johnson — $300.00 due Tue, Feb 10`)
    expect(answer.response).toContain('(partly paid, of $1,234.56), overdue')
  })

  test('the office sees them by default, as the matrix allows payment history', async () => {
    const answer = await answered(office(), 'who owes us money?')
    expect(answer.kind).toBe('unpaid_invoices')
    expect(answer.response).toContain(invoiceNumbers.lindaLate!)
  })

  test('a tech asking for overdue invoices is redirected, and nothing about any invoice is in the answer', async () => {
    const answer = await answered(tech(), 'show my overdue invoices')
    expect(answer.kind).toBe('invoices_redirect')
    expect(answer.response).toMatch(/^Your office handles invoices and payments\. I can help with your jobs/)
    expect(answer.response).not.toMatch(REFUSAL)
    const whole = JSON.stringify(answer)
    for (const number of Object.values(invoiceNumbers)) expect(whole).not.toContain(number)
    expect(whole).not.toMatch(/\$|450|1,000|1,234|Linda|Dana/)
    expect(answer.sources).toEqual([])
  })

  test('an office whose owner turned off payment history is redirected the same way', async () => {
    const answer = await answered(office(), 'any overdue invoices?', { mask: maskFor('office', { customer_payment_history: false }) })
    expect(answer.kind).toBe('invoices_redirect')
    expect(answer.response).toMatch(/go through your company’s owner/)
    expect(answer.response).not.toMatch(REFUSAL)
    const whole = JSON.stringify(answer)
    for (const number of Object.values(invoiceNumbers)) expect(whole).not.toContain(number)
    expect(whole).not.toMatch(/\$/)
    expect(answer.suggestedActions.map((a) => a.label)).not.toContain('Overdue invoices')
  })
})

describe('bids', () => {
  test('the office sees bids awaiting an answer without amounts, as pricing is hidden from it by default', async () => {
    const answer = await answered(office(), 'which bids are waiting for an answer?')
    expect(answer.kind).toBe('open_bids')
    expect(answer.response).toMatch(/^You have 1 bid waiting for the customer’s answer:/)
    expect(answer.response).toContain(`${bidNumbers.sentBid} · Dana Whitfield — 200 A service upgrade`)
    expect(answer.response).not.toContain(bidNumbers.draftBid!)
    expect(JSON.stringify(answer)).not.toMatch(/\$|4,500/)
    expect(answer.sources).toEqual([expect.objectContaining({ kind: 'record', url: `/crm/bids/view/?id=${ids.sentBid}` })])
    expect(answer.suggestedActions).toContainEqual({ kind: 'navigate', label: 'Open Bids', href: '/crm/bids/?status=sent' })
  })

  test('the owner sees the amounts', async () => {
    const answer = await answered(owner(), 'show open bids')
    expect(answer.response).toContain('$4,500.00')
    const accepted = await answered(owner(), 'list accepted quotes')
    expect(accepted.response).toMatch(/^You have 1 accepted bid:/)
    expect(accepted.response).toContain('$650.00')
  })

  test('a tech asking about bids hears that the office handles them', async () => {
    const answer = await answered(tech(), 'what bids are pending?')
    expect(answer.kind).toBe('bids_redirect')
    expect(JSON.stringify(answer)).not.toMatch(/BID-|\$/)
  })
})

describe('jobs on a day', () => {
  test('"tomorrow" is the next day where the person is: in New York at 10:30 pm on Jan 14 it is Jan 15', async () => {
    const answer = await answered(owner(), 'list jobs scheduled for tomorrow')
    expect(answer.kind).toBe('jobs')
    expect(answer.response).toMatch(/^2 jobs are scheduled tomorrow \(Thu, Jan 15\):/)
    expect(answer.response).toContain('9:00 AM · Panel upgrade — Dana Whitfield')
    expect(answer.response).toContain('11:00 AM · Service call: tripping breaker — Mark Johnson')
    expect(answer.response).not.toMatch(/Water heater|No-heat|Rival/)
    expect(answer.sources.map((s) => s.url)).toEqual([`/crm/jobs/view/?id=${ids.panel}`, `/crm/jobs/view/?id=${ids.serviceCall}`])
    expect(answer.suggestedActions).toContainEqual({ kind: 'navigate', label: 'Open in Jobs', href: '/crm/jobs/?from=2026-01-15&to=2026-01-15' })
  })

  test('in London the same instant is already Jan 15, so tomorrow is Jan 16', async () => {
    const answer = await answered(owner(), 'jobs tomorrow', { timeZone: 'Europe/London' })
    expect(answer.response).toMatch(/^1 job is scheduled tomorrow \(Fri, Jan 16\):/)
    expect(answer.response).toContain('3:00 PM · Water heater swap')
  })

  test('"today" ends at local midnight: the 11:30 pm call counts for Jan 14 in New York', async () => {
    const answer = await answered(tech(), 'what are my jobs today?')
    expect(answer.response).toMatch(/^You have 2 jobs today \(Wed, Jan 14\):/)
    expect(answer.response).toContain('3:00 PM · Outlet replacement')
    expect(answer.response).toContain('11:30 PM · No-heat emergency call')
  })

  test('a tech sees only the jobs they are assigned to', async () => {
    const answer = await answered(tech(), 'what jobs are scheduled tomorrow?')
    expect(answer.response).toMatch(/^You have 1 job tomorrow \(Thu, Jan 15\):/)
    expect(answer.response).toContain('Panel upgrade')
    expect(JSON.stringify(answer)).not.toMatch(/Service call|tripping breaker|Rival/)
    const week = await answered(tech(), 'show my jobs this week')
    expect(week.response).toMatch(/^You have 4 jobs this week \(Mon, Jan 12 – Sun, Jan 18\):/)
    expect(week.response).not.toContain('Service call')
  })

  test('the staff see the crew; "my jobs" for an owner on no crew shows the company’s schedule', async () => {
    const answer = await answered(owner(), 'what are my jobs tomorrow')
    expect(answer.response).toMatch(/^None are assigned to you; here is the whole company’s schedule\.\n2 jobs are scheduled tomorrow/)
    expect(answer.response).toContain(`crew: ${team.tech.email}`)
    const admin = await answered({ account: team.admin, role: 'admin' }, 'my jobs tomorrow')
    expect(admin.response).toMatch(/^You have 1 job tomorrow \(Thu, Jan 15\):\n- 11:00 AM · Service call/)
    expect(admin.suggestedActions[0]).toMatchObject({ href: `/crm/jobs/?techId=${team.admin.userId}&from=2026-01-15&to=2026-01-15` })
  })

  test('a day named by date or weekday works as well', async () => {
    expect((await answered(office(), 'any jobs on Friday?')).response).toMatch(/^1 job is scheduled on Friday \(Fri, Jan 16\)/)
    expect((await answered(office(), 'show jobs on january 15')).response).toMatch(/^2 jobs are scheduled on Thu, Jan 15/)
    expect((await answered(office(), 'jobs on 1/20')).response).toBe('No jobs are scheduled on Tue, Jan 20.')
  })

  test('a team member named in the question narrows the list; another tech asking is pointed to the office', async () => {
    const answer = await answered(office(), 'what jobs does Mike have on Saturday?')
    expect(answer.response).toBe(`${mike.email} has 1 job on Saturday (Sat, Jan 17):\n- 11:00 AM · Attic fan install — Mark Johnson · crew: ${mike.email}`)
    expect(answer.suggestedActions[0]).toMatchObject({ href: `/crm/jobs/?techId=${mike.userId}&from=2026-01-17&to=2026-01-17` })
    const fromTech = await answered(tech(), 'show me the jobs Mike has on Saturday')
    expect(fromTech.kind).toBe('jobs_redirect')
    expect(JSON.stringify(fromTech)).not.toContain('Attic fan')
    expect(await ask(office(), 'what jobs does Carlos have on Saturday?')).toBeNull()
  })

  test('a customer named in the question narrows the list, and the link keeps the filter', async () => {
    const answer = await answered(office(), 'jobs for dana whitfield tomorrow')
    expect(answer.response).toBe(`1 job is scheduled tomorrow (Thu, Jan 15) for Dana Whitfield:\n- 9:00 AM · Panel upgrade — Dana Whitfield, 18 Orchard Ln, Glastonbury, CT 06033 · crew: ${team.tech.email}`)
    expect(answer.suggestedActions[0]).toMatchObject({ href: `/crm/jobs/?customerId=${ids.dana}&from=2026-01-15&to=2026-01-15` })
    const unpaid = await answered(owner(), 'unpaid invoices for Linda Johnson')
    expect(unpaid.response).toMatch(/^You have 1 unpaid invoice for Linda Johnson, \$450\.00 outstanding in total:/)
  })

  test('"next" starts now: the job from this afternoon is not next, the 11:30 pm call is', async () => {
    const answer = await answered(tech(), "what's my next job?")
    expect(answer.response).toMatch(/^You have 3 jobs in the next 14 days:\n- Wed, Jan 14 11:30 PM · No-heat emergency call/)
  })
})

describe('customer contact details', () => {
  test('"the Johnson customer" matching two customers lists both with their phones and asks which', async () => {
    const answer = await answered(tech(), "what's the phone number for the Johnson customer?")
    expect(answer.kind).toBe('customer_matches')
    expect(answer.response).toBe('2 customers match “johnson”:\n- Linda Johnson — (860) 555-0101\n- Mark Johnson — (860) 555-0199\nWhich one did you mean?')
    expect(answer.sources.map((s) => s.url)).toEqual([`/crm/customers/view/?id=${ids.linda}`, `/crm/customers/view/?id=${ids.mark}`])
    expect(JSON.stringify(answer)).not.toMatch(/Rita|0777/)
  })

  test('one customer by name, possessive or plural, gets the detail asked for', async () => {
    const phone = await answered(office(), "What's Dana Whitfield's phone?")
    expect(phone.kind).toBe('customer_contact')
    expect(phone.response).toBe('Dana Whitfield’s phone: (860) 555-0142')
    expect(phone.suggestedActions).toEqual([{ kind: 'navigate', label: 'Open Dana Whitfield', href: `/crm/customers/view/?id=${ids.dana}` }])
    expect((await answered(office(), 'email for the Whitfields')).response).toBe('Dana Whitfield’s email: dana@example.com')
    expect((await answered(tech(), 'address of Linda Johnson')).response).toBe('Linda Johnson’s address: 12 Maple St, Hartford, CT 06105')
    expect((await answered(tech(), 'how do I reach Mark Johnson?')).response).toMatch(/^Mark Johnson:\n- phone: \(860\) 555-0199$/)
  })

  test('a missing detail says so and offers what is on file', async () => {
    expect((await answered(office(), 'what is the email for Mark Johnson')).response).toBe('There’s no email on file for Mark Johnson. Their phone is (860) 555-0199.')
  })

  test('a customer who does not exist is said not to be found, and another company’s customers stay invisible', async () => {
    const answer = await answered(office(), 'phone number for the Zimmerman customer')
    expect(answer.kind).toBe('customer_not_found')
    expect(answer.suggestedActions).toEqual([{ kind: 'navigate', label: 'Search customers', href: '/crm/customers/?q=zimmerman' }])
    const rivals = await answered(office(), 'phone number for the Rita Johnson customer')
    expect(rivals.kind).toBe('customer_matches')
    expect(JSON.stringify(rivals)).not.toContain('0777')
  })
})

describe('hours and leads', () => {
  const now = () => new Date()

  test('a tech gets their own hours this week, on the clock now', async () => {
    const answer = await answered(tech(), 'how many hours have I worked this week?', { now: now() })
    expect(answer.kind).toBe('my_hours')
    expect(answer.response).toMatch(/^You’ve clocked [\d.]+ h this week \(.+\)\. You’re on the clock now\./)
    expect(answer.response).toContain('Panel upgrade:')
    expect((await answered(tech(), 'am I clocked in?', { now: now() })).response).toMatch(/^Yes: on the clock since .+ on Panel upgrade/)
  })

  test('the owner sees the team’s hours; the office, without employee performance, is pointed to the owner', async () => {
    const ownerAnswer = await answered(owner(), 'how many hours has the team worked this week', { now: now() })
    expect(ownerAnswer.kind).toBe('team_hours')
    expect(ownerAnswer.response).toContain(`${team.tech.email}:`)
    const officeAnswer = await answered(office(), 'show team hours this week', { now: now() })
    expect(officeAnswer.kind).toBe('hours_redirect')
    expect(officeAnswer.response).not.toContain(team.tech.email)
    expect(officeAnswer.response).not.toMatch(REFUSAL)
    expect(officeAnswer.suggestedActions[0]).toMatchObject({ kind: 'ask', label: 'My hours this week' })
    const member = await answered(owner(), 'how many hours did Mike work this week?', { now: now() })
    expect(member.kind).toBe('member_hours')
    expect(member.response).toMatch(new RegExp(`^${mike.email.replace(/[.]/g, '\\.')} clocked 0 h this week`))
    expect((await answered(office(), 'how many hours did Mike work this week?', { now: now() })).kind).toBe('hours_redirect')
  })

  test('open leads for the office, with values only where revenue data is visible', async () => {
    const officeAnswer = await answered(office(), 'show open leads')
    expect(officeAnswer.kind).toBe('leads')
    expect(officeAnswer.response).toBe('You have 1 open lead, newest first:\n- Priya Raman — new · referral · electrical · (203) 555-0199')
    expect((await answered(owner(), 'any new leads?')).response).toContain('est. $4,500.00')
    expect((await answered(tech(), 'show me the open leads')).kind).toBe('leads_redirect')
  })
})

describe('what the fast path leaves to the model', () => {
  test.each([
    'why are my margins dropping?',
    'what size wire for a 60 A circuit',
    'draft a friendly follow-up email for the bid I sent the Parkers last week',
    'summarize the notes on job 4521',
    'I smell gas near the water heater after relighting the pilot, what should I do?',
    'what does a 1/2 inch PEX line weigh per foot roughly?',
    'compare my win rate this year against last year and tell me what changed',
    'calculate voltage drop for a 60 A load 180 feet away on 6 AWG copper at 240 V',
    'how many sheets of drywall for a 12x14 room',
    'how many BTU do I need to heat a 12 by 14 room',
    'how do I wire a 3-way switch',
    'what tools should I bring for a water heater swap?',
    'should I raise my hourly rate or hire another apprentice given my backlog?',
    'my schedule is crazy this week',
    'the invoice template looks weird',
    'how do I add a subpanel to an existing job?',
    'how much did we invoice last month?',
  ])('“%s” is not answered here', async (question) => {
    expect(await ask(owner(), question)).toBeNull()
    expect(await ask(tech(), question)).toBeNull()
  })

  test('homeowners get no CRM data or CRM steps here', async () => {
    expect(await ask(resident(), 'show my overdue invoices')).toBeNull()
    expect(await ask(resident(), 'how do I send an invoice?')).toBeNull()
    expect(await ask(resident(), 'what are my jobs tomorrow?')).toBeNull()
  })
})


