import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page, Request } from 'playwright-core'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, openPage, numberedScreenshots, signIn, STEP_TIMEOUT } from './browser'

// Z in the CRM: the side panel streams answers with the page's session context, links the
// records it talks about, proposes a change that happens only on Confirm, takes feedback and
// corrections; the owner decides what Z may share with each role.

const PASSWORD = 'a-long-enough-password' // what createTeam signs everyone up with

let server: TestServer
let browser: Browser
let team: Team
let customerId: string
let jobId: string
let overdueInvoiceId: string

/** `YYYY-MM-DD`, `days` from today (UTC), as the server computes due dates. */
const day = (days: number) => {
  const date = new Date()
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
  team = await createTeam(server, 'Brightwater Electric')
  const customer = await team.office.api.post('/customers', { name: 'Morgan Avery', email: 'morgan@example.com', address: '12 Elm St, Hartford, CT' })
  expect(customer.status).toBe(201)
  customerId = customer.body.id
  const job = await team.office.api.post('/jobs', { customerId, title: 'Panel upgrade to 200A', assigneeIds: [team.tech.userId] })
  expect(job.status).toBe(201)
  jobId = job.body.id
  const invoice = await team.office.api.post('/invoices', {
    customerId,
    issueDate: day(-45),
    dueDate: day(-15),
    lines: [{ description: 'Service call', quantity: '1', unitPriceCents: 25_000, type: 'labor' }],
  })
  expect(invoice.status).toBe(201)
  overdueInvoiceId = invoice.body.id
  expect((await team.office.api.post(`/invoices/${overdueInvoiceId}/mark-sent`, {})).status).toBe(200)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Full-page screenshots, numbered in visiting order. */
const screenshot = numberedScreenshots('z')

/** Types `message` into Z's box, sends it, and waits for the whole answer; returns the chat request and the last turn. */
async function ask(page: Page, message: string) {
  const request = page.waitForRequest((candidate) => candidate.url().endsWith('/api/v1/ai/chat') && candidate.method() === 'POST')
  await page.getByTestId('z-input').fill(message)
  await page.getByTestId('z-input').press('Enter')
  const turn = page.getByTestId('z-turn').filter({ has: page.getByTestId('z-question').getByText(message, { exact: true }) }).last()
  const answer = turn.getByTestId('z-answer')
  await expect.poll(() => answer.getAttribute('data-state'), { timeout: STEP_TIMEOUT }).not.toBe('streaming')
  // A failed answer says why in the panel; show that rather than a bare state.
  if ((await answer.getAttribute('data-state')) !== 'done') throw new Error(`Z did not answer "${message}": ${await answer.textContent()}`)
  return { request: await request, turn }
}

const body = (request: Request) => request.postDataJSON() as { message: string; conversation_id?: string; platform: string; stream: boolean; session_context: Record<string, unknown> }

test('Z answers in the side panel with the page as context, links records, and makes a change only on Confirm', async () => {
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.owner.email, PASSWORD, `/crm/jobs/view/?id=${jobId}`)
    await page.getByTestId('job-detail').waitFor()

    // The panel opens from the sidebar, takes focus, and closes with Escape.
    const panel = page.getByTestId('z-panel')
    expect(await panel.getAttribute('data-open')).toBe('false')
    await page.getByTestId('z-toggle').click()
    await expect.poll(() => panel.getAttribute('data-open'), { timeout: STEP_TIMEOUT }).toBe('true')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: STEP_TIMEOUT }).toBe('z-input')
    expect(await page.getByTestId('z-screen').textContent()).toContain('Job detail')
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.getAttribute('data-open'), { timeout: STEP_TIMEOUT }).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('z-toggle')
    await page.getByTestId('z-toggle').press('Enter')
    await expect.poll(() => panel.getAttribute('data-open'), { timeout: STEP_TIMEOUT }).toBe('true')

    // A greeting: streamed as server-sent events, with this job in the session context.
    const responseSeen = page.waitForResponse((response) => response.url().endsWith('/api/v1/ai/chat'))
    const hello = await ask(page, 'hi')
    expect((await responseSeen).headers()['content-type']).toContain('text/event-stream')
    const sent = body(hello.request)
    expect(sent).toMatchObject({ message: 'hi', platform: 'web_crm', stream: true })
    expect(sent.conversation_id).toBeUndefined()
    expect(sent.session_context).toMatchObject({ current_screen: 'job_detail', active_job_id: jobId })
    expect(sent.session_context.screen_history).toEqual(expect.arrayContaining(['job_detail']))
    expect((await hello.turn.getByTestId('z-answer-text').textContent())?.trim().length).toBeGreaterThan(0)
    expect((await hello.turn.getByTestId('z-model').textContent())?.trim()).toMatch(/\S+ · \S+/)
    await screenshot(page, 'greeting-on-job')

    // A longer answer arrives in many pieces; the panel shows it once, whole, as the final event has it.
    const streamed = page.waitForResponse((response) => response.url().endsWith('/api/v1/ai/chat'))
    const trade = await ask(page, 'what size wire for a 200A service entrance?')
    const events = (await (await streamed).text()).split('\n\n').filter(Boolean)
    expect(events.filter((event) => event.startsWith('event: delta')).length).toBeGreaterThan(1)
    const done = JSON.parse(events.find((event) => event.startsWith('event: done'))!.replace(/^event: done\ndata: /, ''))
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '')
    expect(squash(await trade.turn.getByTestId('z-answer-text').textContent())).toBe(squash(done.response))
    expect(await trade.turn.getByTestId('z-model').textContent()).toContain(done.model_used)
    await screenshot(page, 'streamed-answer')

    // 👍 is stored against that answer.
    await hello.turn.getByTestId('z-feedback-up').click()
    await hello.turn.getByTestId('z-feedback-thanks').waitFor()
    expect(await hello.turn.getByTestId('z-feedback-up').getAttribute('aria-pressed')).toBe('true')
    const positive = await asAdmin(server, (sql) => sql<{ signal: string; message_index: number }[]>`
      select signal, message_index from ai_feedback where user_id = ${team.owner.userId}`)
    expect(positive).toEqual([expect.objectContaining({ signal: 'positive' })])

    // A data question: the overdue invoice comes back as a link to its page, in the same conversation.
    const overdue = await ask(page, 'show my overdue invoices')
    const followUp = body(overdue.request)
    expect(followUp.conversation_id).toEqual(expect.any(String))
    const invoiceLink = overdue.turn.locator(`a[data-testid="z-source"][href*="${overdueInvoiceId}"]`)
    await invoiceLink.waitFor()
    expect(await invoiceLink.getAttribute('href')).toContain('/crm/invoices/view/')
    expect(await invoiceLink.getAttribute('target')).toBeNull()
    await screenshot(page, 'overdue-invoices')

    // 👎 asks what was wrong; ✏️ takes a correction.
    await overdue.turn.getByTestId('z-feedback-down').click()
    await overdue.turn.getByTestId('z-feedback-unclear').click()
    await overdue.turn.getByTestId('z-feedback-thanks').waitFor()
    await overdue.turn.getByTestId('z-feedback-correct').click()
    await overdue.turn.getByTestId('z-correction-send').click()
    await overdue.turn.getByText('Write the correct answer, or cancel.').waitFor()
    await overdue.turn.getByTestId('z-correction-text').fill('List the oldest overdue invoice first.')
    await overdue.turn.getByTestId('z-correction-severity').selectOption('major')
    await screenshot(page, 'correction-form')
    await overdue.turn.getByTestId('z-correction-send').click()
    await overdue.turn.getByTestId('z-correction-form').waitFor({ state: 'hidden' })
    expect(await overdue.turn.getByTestId('z-feedback-thanks').textContent()).toContain('Correction sent')
    const [negative] = await asAdmin(server, (sql) => sql<{ category: string }[]>`
      select category from ai_feedback where user_id = ${team.owner.userId} and signal = 'negative'`)
    expect(negative?.category).toBe('unclear')
    const [correction] = await asAdmin(server, (sql) => sql<{ correction_text: string; severity: string; conversation_id: string }[]>`
      select correction_text, severity, conversation_id from ai_corrections where user_id = ${team.owner.userId}`)
    expect(correction).toMatchObject({ correction_text: 'List the oldest overdue invoice first.', severity: 'major', conversation_id: followUp.conversation_id })

    // Following the link keeps the panel and the thread; the invoice becomes the active record.
    await invoiceLink.click()
    await page.waitForURL((url) => url.pathname === '/crm/invoices/view/')
    await expect.poll(() => panel.getAttribute('data-open'), { timeout: STEP_TIMEOUT }).toBe('true')
    expect(await page.getByTestId('z-turn').count()).toBe(3)

    // A write is only proposed; Confirm makes it.
    const before = await team.owner.api.get('/customers?search=Jane%20Parker')
    expect(before.body.total).toBe(0)
    const proposal = await ask(page, 'add a customer Jane Parker, jane@example.com')
    expect(body(proposal.request).session_context).toMatchObject({
      current_screen: 'invoice_detail',
      active_invoice_id: overdueInvoiceId,
      active_job_id: jobId,
      screen_history: expect.arrayContaining(['job_detail', 'invoice_detail']),
    })
    expect(body(proposal.request).conversation_id).toBe(followUp.conversation_id)
    const intent = proposal.turn.getByTestId('z-intent')
    await intent.waitFor()
    expect(await intent.getByTestId('z-intent-summary').textContent()).toContain('Jane Parker')
    expect((await team.owner.api.get('/customers?search=Jane%20Parker')).body.total).toBe(0)
    await screenshot(page, 'intent-proposed')
    await intent.getByTestId('z-intent-confirm').click()
    await intent.getByTestId('z-intent-result').waitFor()
    expect(await intent.getAttribute('data-status')).toBe('executed')
    const created = await team.owner.api.get('/customers?search=Jane%20Parker')
    expect(created.body.data).toEqual([expect.objectContaining({ name: 'Jane Parker', email: 'jane@example.com' })])
    const link = intent.getByTestId('z-intent-link')
    expect(await link.getAttribute('href')).toContain(created.body.data[0].id)
    await screenshot(page, 'intent-confirmed')
    await link.click()
    await page.waitForURL((url) => url.pathname === '/crm/customers/view/')
    await page.getByTestId('customer-detail-name').filter({ hasText: 'Jane Parker' }).waitFor()

    // A new conversation starts without the old id.
    await page.getByTestId('z-new-conversation').click()
    await page.getByTestId('z-intro').waitFor()
    const fresh = await ask(page, 'hi')
    expect(body(fresh.request).conversation_id).toBeUndefined()

    // Thirty idle minutes end the session: the next question starts a new conversation with only this page as context.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('zafto.z.session')!)
      session.lastActivityAt -= 31 * 60_000
      sessionStorage.setItem('zafto.z.session', JSON.stringify(session))
    })
    const later = await ask(page, 'hi')
    expect(body(later.request).conversation_id).toBeUndefined()
    expect(body(later.request).session_context).toEqual({
      current_screen: 'customer_detail',
      screen_history: ['customer_detail'],
      active_customer_id: created.body.data[0].id,
    })
    await page.getByTestId('z-restarted').waitFor()
    expect(await page.getByTestId('z-turn').count()).toBe(1)

    // On a wide screen the panel docks beside the page instead of covering it.
    await page.setViewportSize({ width: 1600, height: 900 })
    await expect.poll(async () => {
      const [main, docked] = await Promise.all([page.locator('main').boundingBox(), panel.boundingBox()])
      return main && docked ? main.x + main.width <= docked.x : false
    }, { timeout: STEP_TIMEOUT }).toBe(true)
    await screenshot(page, 'wide-docked')

    // The panel on a phone: a full-width slide-over with its own close button.
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'phone')
    await page.getByTestId('z-close').click()
    await expect.poll(() => panel.getAttribute('data-open'), { timeout: STEP_TIMEOUT }).toBe('false')
    await page.getByTestId('z-toggle-mobile').waitFor()
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('the owner chooses what Z may share with each role, and it stays chosen; others are told who decides', async () => {
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.owner.email, PASSWORD, '/crm/settings/z/')
    const pricing = page.getByTestId('z-visibility-tech-pricing_intelligence')
    await pricing.waitFor()
    expect(await page.getByTestId('settings-nav-z').getAttribute('aria-current')).toBe('page')
    expect(await pricing.isChecked()).toBe(false)
    expect(await pricing.getAttribute('data-changed')).toBe('false')
    expect(await page.getByTestId('z-visibility-save').isDisabled()).toBe(true)

    await pricing.check()
    expect(await pricing.getAttribute('data-changed')).toBe('true')
    await page.getByTestId('z-visibility-unsaved').waitFor()
    await screenshot(page, 'visibility-changed')
    await page.getByTestId('z-visibility-save').click()
    await page.getByTestId('crm-notice').filter({ hasText: 'Saved' }).waitFor()

    await page.reload()
    await pricing.waitFor()
    expect(await pricing.isChecked()).toBe(true)
    expect(await pricing.getAttribute('data-changed')).toBe('true')
    const settings = await team.owner.api.get(`/companies/${team.companyId}/ai-visibility`)
    const tech = settings.body.roles.find((entry: { role: string }) => entry.role === 'tech')
    expect(tech.categories.find((entry: { category: string }) => entry.category === 'pricing_intelligence')).toMatchObject({ allowed: true, default: false, overridden: true })
    // The owner also sees what Z cost: the same figures the usage API reports.
    const usage = await team.owner.api.get('/ai/usage?days=30')
    await expect.poll(() => page.getByTestId('z-usage-requests').textContent(), { timeout: STEP_TIMEOUT }).toBe(usage.body.totals.requests.toLocaleString('en-US'))
    expect(usage.body.totals.requests).toBeGreaterThan(0)
    await screenshot(page, 'visibility-saved')
  } finally {
    await closePage(page)
  }

  const office = await openPage(browser)
  try {
    await signIn(office, server, team.office.email, PASSWORD, '/crm/settings/z/')
    await office.getByTestId('z-visibility-readonly').waitFor()
    expect(await office.getByTestId('z-visibility-form').count()).toBe(0)
    expect(await office.getByTestId('z-usage').count()).toBe(0)
    await screenshot(office, 'visibility-office')
  } finally {
    await closePage(office)
  }
}, FLOW_TIMEOUT)
