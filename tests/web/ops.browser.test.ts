import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createTeam, signUp, signUpOps, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, numberedScreenshots, openPage, STEP_TIMEOUT } from './browser'

// Issue 7, ops portal: a platform operator's morning — the overview, AI cost and quality, the
// corrections queue, the corpus and its links, the pipelines, the tenants — on data this file
// creates; and a company owner who finds /ops/ is told it is for staff, and sees nothing else.

const PASSWORD = 'a-long-enough-password' // what signUp / createTeam give every account
const saveScreenshot = numberedScreenshots('ops')

/** A screenshot from the top of the page (the fixed sidebar stays where it belongs), after checking nothing overflows sideways. */
async function screenshot(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(0)
  await page.evaluate(() => window.scrollTo(0, 0))
  await saveScreenshot(page, name)
}

let server: TestServer
let browser: Browser
let ops: Account
let harbor: Team
let summitOwner: Account
let summitId: string
const correctionIds: string[] = []

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim()

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
  ;[ops, harbor, summitOwner] = await Promise.all([signUpOps(server), createTeam(server, 'Harbor Electric'), signUp(server, 'summit')])
  const summit = await summitOwner.api.post('/companies', { name: 'Summit Plumbing', trades: ['plumbing'], state: 'NY' })
  expect(summit.status).toBe(201)
  summitId = summit.body.id

  // Work and money, inserted directly (the jobs and invoices APIs are not under test): 3 jobs
  // completed this week and 1 last week at Harbor, 1 this week at Summit; $1,250 + $400 paid
  // this week and $500 last week.
  await asAdmin(server, async (sql) => {
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString()
    const today = new Date().toISOString().slice(0, 10)
    const weekAgo = lastWeek.slice(0, 10)
    for (const [companyId, trade, completed] of [
      [harbor.companyId, 'electrical', [null, null, null, lastWeek]],
      [summitId, 'plumbing', [null]],
    ] as const) {
      const [customer] = await sql<{ id: string }[]>`insert into customers (company_id, name) values (${companyId}, 'Pat Rivera') returning id`
      for (const [index, at] of completed.entries()) {
        await sql`insert into jobs (company_id, customer_id, title, trade, status, completed_at)
                  values (${companyId}, ${customer!.id}, ${`Job ${index + 1}`}, ${trade}, 'completed', ${at ?? new Date().toISOString()}::timestamptz)`
      }
      const [invoice] = await sql<{ id: string }[]>`
        insert into invoices (company_id, customer_id, number, status, subtotal_cents, total_cents, amount_paid_cents)
        values (${companyId}, ${customer!.id}, 'INV-0001', 'paid', 175000, 175000, 175000) returning id`
      const payments: Array<[number, string]> = companyId === summitId ? [[40_000, today]] : [[125_000, today], [50_000, weekAgo]]
      for (const [cents, paidOn] of payments) {
        await sql`insert into payments (company_id, invoice_id, amount_cents, method, paid_on) values (${companyId}, ${invoice!.id}, ${cents}, 'check', ${paidOn})`
      }
    }

    // Z's answers: two at Harbor (balanced and fast, $0.0433 in all), rated 👍 and 👎.
    const [conversation] = await sql<{ id: string }[]>`
      insert into ai_conversations (user_id, company_id, persona, surface) values (${harbor.owner.userId}, ${harbor.companyId}, 'owner_admin', 'web_crm') returning id`
    const answer = (index: number, tier: string, model: string, cost: string, latency: number, input: number, output: number) => sql`
      insert into ai_messages (conversation_id, user_id, company_id, role, content, model, tier, query_type, input_tokens, output_tokens, cost_usd, latency_ms, message_index)
      values (${conversation!.id}, ${harbor.owner.userId}, ${harbor.companyId}, 'assistant', 'An answer', ${model}, ${tier}, 'code_question', ${input}, ${output}, ${cost}, ${latency}, ${index})`
    await answer(1, 'balanced', 'claude-sonnet-test', '0.042100', 1800, 1200, 300)
    await answer(3, 'fast', 'claude-haiku-test', '0.001200', 600, 800, 100)
    for (const [index, signal] of [[1, 'positive'], [3, 'negative']] as const) {
      await sql`insert into ai_feedback (user_id, company_id, conversation_id, message_index, signal)
                values (${harbor.owner.userId}, ${harbor.companyId}, ${conversation!.id}, ${index}, ${signal})`
    }

    // Two code references whose deep links point back at this server: one works, one is a 404.
    await sql`insert into code_references (code_body, edition, section, deep_link_url, trade) values
      ('NEC', '2023', '250.66', ${`${server.url}/`}, 'electrical'),
      ('NEC', '2023', '310.16', ${`${server.url}/no-such-code-page`}, 'electrical')`
  })

  // Corrections, through the API as the owner would send them from Z's panel: three on grounding
  // (a topic that gets highlighted) and one on conduit fill.
  for (const [topic, severity, correction] of [
    ['grounding', 'major', 'A 4/0 copper service needs a 2 AWG copper grounding electrode conductor, not 4 AWG.'],
    ['grounding', 'minor', 'Rod electrodes must be 8 ft long.'],
    ['grounding', 'safety_critical', 'Never bond neutral and ground in a subpanel.'],
    ['conduit_fill', 'minor', 'Three conductors may fill 40% of the conduit.'],
  ] as const) {
    const sent = await harbor.owner.api.post('/ai/corrections', {
      original_response: `Z said something wrong about ${topic}.`,
      correction_text: correction,
      code_reference: 'NEC 250.66',
      topic,
      severity,
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    correctionIds.push(sent.body.id)
  }
}, FLOW_TIMEOUT)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('an ops user signs in and works through every ops page on real data', async () => {
  const page = await openPage(browser)
  try {
    // Signed out: the gate sends the browser to sign in, and back to /ops/ afterwards.
    await page.goto(`${server.url}/ops/`)
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
    expect(new URL(page.url()).searchParams.get('next')).toBe('/ops/')
    await page.getByLabel('Email').fill(ops.email)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(`${server.url}/ops/`)
    await page.getByTestId('ops-shell').waitFor()
    expect(await text(page, 'ops-user-email')).toBe(ops.email)

    // Overview: the figures this file created.
    await page.getByTestId('overview-kpis').waitFor()
    expect(await text(page, 'kpi-tenants-value')).toBe('2')
    expect(await text(page, 'kpi-jobs-value')).toBe('4')
    expect(await text(page, 'kpi-jobs-growth')).toMatch(/^\+300%/)
    expect(await text(page, 'kpi-revenue-value')).toBe('$1,650')
    expect(await text(page, 'kpi-revenue-growth')).toMatch(/^\+230%/)
    expect(await page.getByTestId('by-trade-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-label')))).toEqual(['Electrical', 'Plumbing'])
    expect(await page.getByTestId('by-state-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-label')).sort())).toEqual(['Connecticut', 'New York'])
    // Both charts drew on canvas, and their numbers are in the table behind them.
    await page.getByTestId('signups-chart-canvas').locator('canvas').waitFor()
    await page.getByTestId('work-chart-canvas').locator('canvas').waitFor()
    expect(await page.getByTestId('work-chart-table').locator('tbody tr').last().textContent()).toContain('$1,650')
    // The activity feed is anonymous: kinds, trades and states, never a company's name.
    expect(await page.getByTestId('activity-item').count()).toBeGreaterThanOrEqual(2)
    const feed = await text(page, 'activity-feed')
    expect(feed).toContain('A company signed up — Plumbing · NY')
    expect(feed).not.toMatch(/Harbor|Summit/)
    await screenshot(page, 'overview')

    // Z's co-pilot is there, with the ops persona's introduction.
    await page.getByTestId('z-toggle').click()
    await page.locator('[data-testid="z-panel"][data-open="true"]').waitFor()
    expect(await text(page, 'z-intro')).toContain('Ask about the platform')
    expect(await text(page, 'z-screen')).toContain('Ops overview')
    await screenshot(page, 'overview-z')
    await page.getByTestId('z-close').click()

    // AI: requests, dollars, tiers, tenants and ratings; then the period changes.
    await page.getByTestId('ops-nav-ai').click()
    await page.waitForURL(`${server.url}/ops/ai/`)
    await page.getByTestId('ai-totals').waitFor()
    expect(await text(page, 'ai-requests-value')).toBe('2')
    expect(await text(page, 'ai-cost-value')).toBe('$0.0433')
    expect(await text(page, 'ai-tokens-value')).toBe('2.4K')
    expect(await text(page, 'ai-feedback-rate-value')).toBe('50%')
    expect(await page.getByTestId('ai-tier-row').count()).toBe(2)
    expect(await page.getByTestId('ai-tenant-row').allTextContents()).toEqual([expect.stringContaining('Harbor Electric')])
    expect(await page.getByTestId('ai-feedback-row').count()).toBeGreaterThanOrEqual(1)
    await page.getByTestId('ai-days-chart-canvas').locator('canvas').waitFor()
    await screenshot(page, 'ai')
    await page.getByTestId('period-7').click()
    await page.waitForURL((url) => url.searchParams.get('days') === '7')
    await page.locator('[data-testid="period-7"][aria-checked="true"]').waitFor()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ai-days-chart-table"] tbody tr').length === 7)
    expect(await text(page, 'ai-requests-value')).toBe('2')

    // Corrections: the queue, the highlighted topic, and a validation with a required note.
    expect(await text(page, 'ops-pending-badge')).toMatch(/^4/)
    await page.getByTestId('ops-nav-corrections').click()
    await page.waitForURL(`${server.url}/ops/corrections/`)
    await page.getByTestId('corrections-list').waitFor()
    expect(await page.getByTestId('correction').count()).toBe(4)
    expect(await page.getByTestId('hot-topic').allTextContents()).toEqual([expect.stringMatching(/^Grounding · Electrical3 corrections: 3 pending/)])
    await screenshot(page, 'corrections')

    await page.getByTestId('hot-topic').click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="correction"]').length === 3)
    expect(new URL(page.url()).searchParams.get('topic')).toBe('grounding')
    const card = page.locator(`[data-testid="correction"][data-id="${correctionIds[0]}"]`)
    await card.getByTestId('correction-validate').click()
    const dialog = page.getByTestId('review-dialog')
    await dialog.getByTestId('review-dialog-confirm').click()
    await dialog.getByTestId('field-error-review-note').waitFor()
    expect(await dialog.getByTestId('review-dialog-error').textContent()).toContain('Add a note')
    await dialog.getByLabel('Note to the sender').fill('Confirmed against NEC Table 250.66; added to the grounding guide.')
    await screenshot(page, 'corrections-review')
    await dialog.getByTestId('review-dialog-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    // The outcome shows at once: status, note, corpus flag and the badge.
    await page.locator(`[data-testid="correction"][data-id="${correctionIds[0]}"][data-status="validated"]`).waitFor()
    expect(await card.getByTestId('correction-review-note').textContent()).toContain('NEC Table 250.66')
    await card.getByTestId('correction-for-corpus').waitFor()
    expect(await text(page, 'ops-pending-badge')).toMatch(/^3/)
    await screenshot(page, 'corrections-validated')
    const validated = await ops.api.get('/ops/corrections?status=validated')
    expect(validated.body.items.map((item: { id: string; reviewNote: string }) => [item.id, item.reviewNote])).toEqual([
      [correctionIds[0], 'Confirmed against NEC Table 250.66; added to the grounding guide.'],
    ])

    // Knowledge: the link check runs from here and finds the broken link.
    await page.getByTestId('ops-nav-knowledge').click()
    await page.waitForURL(`${server.url}/ops/knowledge/`)
    await page.getByTestId('links-panel').waitFor()
    expect(await text(page, 'links-unchecked')).toBe('2')
    await page.getByTestId('link-check-start').click()
    await page.locator('[data-testid="link-check-run"][data-status="succeeded"]').waitFor({ timeout: 45_000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="links-broken"]')?.textContent === '1')
    expect(await text(page, 'links-ok')).toBe('1')
    expect(await text(page, 'link-check-run-count')).toContain('2 of 2')
    expect(await page.getByTestId('broken-link').allTextContents()).toEqual([expect.stringMatching(/310\.16.*no-such-code-page.*HTTP 404/)])
    await screenshot(page, 'knowledge')

    // Pipelines: every scheduled task in words, Run now queues one and its run appears with its log.
    await page.getByTestId('ops-nav-pipelines').click()
    await page.waitForURL(`${server.url}/ops/pipelines/`)
    await page.getByTestId('tasks-table').waitFor()
    const housekeeping = page.locator('[data-testid="task-row"][data-task="housekeeping"]')
    expect(await housekeeping.textContent()).toContain('Every day at 01:15 UTC')
    await housekeeping.getByTestId('task-run-now').click()
    const run = page.locator('[data-testid="run-row"][data-job="housekeeping"]:not([data-status="queued"]):not([data-status="running"])')
    await run.waitFor({ timeout: 45_000 })
    expect(await run.getAttribute('data-status')).toBe('succeeded')
    expect(await run.textContent()).toContain('by staff')
    await run.getByTestId('run-toggle').click()
    const details = JSON.parse((await run.getByTestId('run-details-json').textContent()) ?? '')
    expect(typeof details).toBe('object')
    await screenshot(page, 'pipelines')

    // Tenants: aggregates only; the support view needs a reason, and the reason is audited.
    await page.getByTestId('ops-nav-tenants').click()
    await page.waitForURL(`${server.url}/ops/tenants/`)
    await page.getByTestId('tenants-table').waitFor()
    expect((await page.getByTestId('tenant-row').allTextContents()).sort()).toEqual([expect.stringContaining('Harbor Electric'), expect.stringContaining('Summit Plumbing')])
    await screenshot(page, 'tenants')
    await page.locator(`[data-testid="tenant-row"][data-company="${harbor.companyId}"]`).getByTestId('tenant-support').click()
    const support = page.getByTestId('support-dialog')
    await support.getByLabel('Reason').fill('help')
    await support.getByTestId('support-open').click()
    await support.getByTestId('field-error-support-reason').waitFor()
    await support.getByLabel('Reason').fill('Owner asked about a missing invoice (ticket 4821)')
    await support.getByTestId('support-open').click()
    await support.getByTestId('support-view').waitFor()
    expect(await text(page, 'support-count-members')).toBe('4')
    expect(await text(page, 'support-count-customers')).toBe('1')
    await screenshot(page, 'tenants-support')
    const audited = await asAdmin(server, (sql) => sql<{ reason: string }[]>`
      select changes ->> 'reason' as reason from audit_log
      where actor_user_id = ${ops.userId} and company_id = ${harbor.companyId} and action = 'ops.read'`)
    expect(audited.map((row) => row.reason)).toEqual(['Owner asked about a missing invoice (ticket 4821)'])
    await support.getByTestId('support-dialog-close').click()

    // The co-pilot answers from the platform's aggregates (asked last: its answer is an AI request too).
    await page.getByTestId('z-toggle').click()
    expect(await text(page, 'z-screen')).toContain('Ops tenants')
    await page.getByTestId('z-input').fill('How much did AI cost this week?')
    await page.getByTestId('z-send').click()
    const answer = page.locator('[data-testid="z-answer"][data-state="done"]')
    await answer.waitFor()
    expect(await answer.getByTestId('z-answer-text').textContent()).toMatch(/2 requests for \$0\.0433/)
    await screenshot(page, 'z-copilot')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('a company owner who opens /ops/ is told it is for platform staff, and no ops data reaches the page', async () => {
  const page = await openPage(browser)
  const opsAnswers: number[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/v1/ops/')) opsAnswers.push(response.status())
  })
  try {
    await page.goto(`${server.url}/login?next=${encodeURIComponent('/ops/')}`)
    await page.getByLabel('Email').fill(harbor.owner.email)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(`${server.url}/ops/`)
    const refusal = page.getByTestId('ops-forbidden')
    await refusal.waitFor()
    expect(await refusal.getByRole('heading').textContent()).toBe('This area is for ZAFTO platform staff.')
    expect(await refusal.getByTestId('ops-forbidden-home').getAttribute('href')).toBe('/')
    expect(await page.getByTestId('ops-shell').count()).toBe(0)
    expect(opsAnswers.length).toBeGreaterThan(0)
    expect(opsAnswers.every((status) => status === 403)).toBe(true)
    expect(await page.locator('body').textContent()).not.toMatch(/Summit Plumbing|Pat Rivera|grounding/i)
    await screenshot(page, 'owner-refused')

    // Every other ops page refuses the same way.
    await page.goto(`${server.url}/ops/tenants/`)
    await refusal.waitFor()
    expect(opsAnswers.every((status) => status === 403)).toBe(true)
  } finally {
    await closePage(page)
  }
}, STEP_TIMEOUT * 3)
