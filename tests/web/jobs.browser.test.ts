import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, openPage, numberedScreenshots, signIn, STEP_TIMEOUT } from './browser'

// Office books a job for a tech; the tech sees only that job, starts it, writes a note,
// attaches a photo and runs the time clock on it; the office then fixes the time entry.

const PASSWORD = 'a-long-enough-password' // what createTeam signs everyone up with

let server: TestServer
let browser: Browser
let team: Team

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
  team = await createTeam(server, 'Crestview Electric')
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Full-page screenshots, numbered in visiting order. */
const screenshot = numberedScreenshots('jobs')

/** A `datetime-local` value (browser and test share the machine's time zone). */
function localInput(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

async function signOut(page: Page) {
  await page.getByTestId('sign-out').click()
  await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
}

test('office books a job for a tech, who starts it, notes it, photographs it and clocks time on it', async () => {
  const customer = await team.office.api.post('/customers', { name: 'Harper Lane', email: 'harper@example.com', address: '7 Quarry Rd, Durham, CT' })
  expect(customer.status).toBe(201)
  const property = await team.office.api.post(`/customers/${customer.body.id}/properties`, { label: 'Farmhouse', address: '7 Quarry Rd', city: 'Durham', state: 'CT' })
  expect(property.status).toBe(201)
  // Someone else's job: the tech must never see it.
  const other = await team.office.api.post('/jobs', { customerId: customer.body.id, title: 'Estimate walkthrough', assigneeIds: [team.office.userId] })
  expect(other.status).toBe(201)

  const page = await openPage(browser)
  try {
    // Office: book the job through the form.
    await signIn(page, server, team.office.email, PASSWORD, '/crm/jobs/')
    await page.getByTestId('job-row').first().waitFor()
    await page.getByTestId('job-new').click()
    const form = page.getByTestId('job-form')
    await page.getByTestId('job-save').click()
    expect(await page.getByTestId('field-error-job-customer').textContent()).toMatch(/customer/i)
    await page.getByTestId('job-customer').fill('Harper')
    await page.getByTestId('customer-option').filter({ hasText: 'Harper Lane' }).click()
    await expect.poll(() => form.getByLabel('Property').inputValue(), { timeout: STEP_TIMEOUT }).toBe(property.body.id)
    await form.getByLabel('Title').fill('Barn subpanel')
    // Today, so the job sits in this week's calendar whatever the hour.
    const start = new Date()
    start.setHours(10, 0, 0, 0)
    const end = new Date(start.getTime() + 4 * 3_600_000)
    await form.getByLabel('Starts').fill(localInput(start))
    await form.getByLabel('Ends').fill(localInput(end))
    await form.getByLabel('Estimated hours').fill('4.5')
    await form.locator(`[data-testid="job-crew-member"][data-email="${team.tech.email}"]`).check()
    await screenshot(page, 'office-new-job')
    await page.getByTestId('job-save').click()
    await page.getByTestId('job-dialog').waitFor({ state: 'hidden' })
    const row = page.getByTestId('job-row').filter({ hasText: 'Barn subpanel' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Harper Lane')
    await screenshot(page, 'office-list')

    // The week calendar places it on its day.
    await page.getByTestId('jobs-view-week').click()
    const day = page.locator(`[data-testid="calendar-day"][data-day="${localInput(start).slice(0, 10)}"]`)
    await day.getByTestId('calendar-job').filter({ hasText: 'Barn subpanel' }).waitFor()
    expect(new URL(page.url()).searchParams.get('view')).toBe('week')
    await screenshot(page, 'office-week')
    await page.getByTestId('calendar-next').click()
    await expect.poll(() => page.getByTestId('calendar-job').filter({ hasText: 'Barn subpanel' }).count(), { timeout: STEP_TIMEOUT }).toBe(0)
    await page.getByTestId('calendar-today').click()
    await page.getByTestId('calendar-job').filter({ hasText: 'Barn subpanel' }).click()
    await page.waitForURL((url) => url.pathname === '/crm/jobs/view/')
    const jobId = new URL(page.url()).searchParams.get('id')!
    expect(await page.getByTestId('job-crew-list').textContent()).toContain(team.tech.email)
    expect(await page.getByTestId('job-hours-estimated').textContent()).toBe('4.5 h')
    await signOut(page)

    // Tech: only their job, no booking, no cancelling, no prices.
    await signIn(page, server, team.tech.email, PASSWORD, '/crm/jobs/')
    await page.getByTestId('job-row').first().waitFor()
    expect(await page.getByTestId('job-row').allTextContents()).toEqual([expect.stringContaining('Barn subpanel')])
    expect(await page.getByTestId('job-new').count()).toBe(0)
    expect(await page.getByTestId('jobs-tech').count()).toBe(0)
    await screenshot(page, 'tech-list')
    await page.getByTestId('job-link').click()
    await page.getByTestId('job-status-in_progress').waitFor()
    expect(await page.getByTestId('job-status-cancelled').count()).toBe(0)
    expect(await page.getByTestId('job-edit').count()).toBe(0)
    await page.getByTestId('job-status-in_progress').click()
    await page.getByTestId('job-status-completed').waitFor()
    expect(await page.getByTestId('job-detail').getByTestId('job-status').first().getAttribute('data-status')).toBe('in_progress')

    await page.getByLabel('New note').fill('Trenched 40 ft; conduit in, pulling wire tomorrow.')
    await page.getByTestId('job-note-add').click()
    const note = page.getByTestId('job-note').filter({ hasText: 'Trenched 40 ft' })
    await note.waitFor()
    expect(await note.textContent()).toContain(team.tech.email.split('@')[0])

    await page.getByTestId('material-description').fill('1" PVC conduit')
    await page.getByTestId('material-quantity').fill('40')
    await page.getByTestId('material-unit').fill('ft')
    expect(await page.getByTestId('material-cost').count()).toBe(0)
    await page.getByTestId('material-add').click()
    await page.getByTestId('job-material').filter({ hasText: 'PVC conduit' }).waitFor()
    expect(await page.getByTestId('job-material-total').count()).toBe(0)

    const photo = await page.getByTestId('job-info').screenshot()
    await page.getByTestId('job-file-input').setInputFiles({ name: 'trench.png', mimeType: 'image/png', buffer: photo })
    const thumbnail = page.getByTestId('job-file-thumbnail')
    await thumbnail.waitFor()
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: STEP_TIMEOUT }).toBeGreaterThan(0)
    await screenshot(page, 'tech-job')

    // The time clock, started from the job: a live timer, then clock out.
    await page.getByTestId('job-clock-link').click()
    await page.waitForURL((url) => url.pathname === '/crm/time/')
    await page.getByTestId('time-clock-in').waitFor()
    await expect.poll(() => page.getByTestId('time-job').inputValue(), { timeout: STEP_TIMEOUT }).toBe(jobId)
    await page.getByTestId('time-clock-in').click()
    const timer = page.getByTestId('time-running')
    await timer.waitFor()
    const first = await timer.textContent()
    expect(first).toMatch(/^0:00:0\d$/)
    await expect.poll(() => timer.textContent(), { timeout: STEP_TIMEOUT }).not.toBe(first)
    expect(await page.getByTestId('time-running-job').textContent()).toBe('Barn subpanel')
    await screenshot(page, 'tech-clocked-in')
    await page.getByTestId('time-clock-out').click()
    await page.getByTestId('time-status').filter({ hasText: 'You are clocked out' }).waitFor()
    expect(await timer.count()).toBe(0)
    await page.getByTestId('time-entry').filter({ hasText: 'Barn subpanel' }).waitFor()
    expect(await page.getByTestId('time-team').count()).toBe(0)
    await screenshot(page, 'tech-clocked-out')
    const entries = await team.tech.api.get('/time/entries')
    expect(entries.body.data).toHaveLength(1)
    expect(entries.body.data[0]).toMatchObject({ jobId, open: false })
    await signOut(page)

    // Office: the entry shows in team time; fix its clock-in with a reason.
    await signIn(page, server, team.office.email, PASSWORD, '/crm/time/')
    const entry = page.getByTestId('time-team-entry').filter({ hasText: team.tech.email })
    await entry.waitFor()
    // The week's summary loads beside the entries; wait for it rather than racing it.
    await page.getByTestId('time-by-job-row').filter({ hasText: 'Barn subpanel' }).waitFor()
    await entry.getByTestId('time-entry-edit').click()
    const dialog = page.getByTestId('time-edit-form')
    const clockIn = new Date(entries.body.data[0].clockIn)
    await dialog.getByLabel('Clocked in').fill(localInput(new Date(clockIn.getTime() - 60 * 60_000)))
    await page.getByTestId('time-edit-save').click()
    expect(await page.getByTestId('field-error-time-edit-reason').textContent()).toMatch(/why/i)
    await dialog.getByLabel('Reason').fill('Forgot to clock in at the shop')
    await page.getByTestId('time-edit-save').click()
    await page.getByTestId('time-edit-dialog').waitFor({ state: 'hidden' })
    await entry.getByText('Corrected').filter({ visible: true }).waitFor()
    const fixed = (await team.office.api.get(`/time/entries?userId=${team.tech.userId}`)).body.data[0]
    expect(fixed.hours).toBeGreaterThanOrEqual(1)
    // The reason travels as `reason` into the audit log; the tech's own notes stay as they were.
    expect(fixed.notes).toBe(entries.body.data[0].notes)
    const audit = await asAdmin(server, (sql) => sql<{ reason: string | null }[]>`
      select changes->>'reason' as reason from audit_log where action = 'time_entry.update' and entity_id = ${fixed.id} order by created_at desc limit 1`)
    expect(audit[0]?.reason).toBe('Forgot to clock in at the shop')
    await screenshot(page, 'office-team-time')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

// Z's anonymous patterns are computed by kind of work, from repairs that name the unit and
// what failed, and from material brands: the office records all of it in the forms.
test('office files a repair under its kind of work, on the customer’s unit, with what failed and a material brand', async () => {
  const trades = await team.owner.api.patch(`/companies/${team.companyId}`, { trades: ['electrical', 'hvac'] })
  expect(trades.status).toBe(200)
  const customer = await team.office.api.post('/customers', { name: 'Morgan Reyes', email: 'morgan@example.com', address: '3 Elm St, Cheshire, CT' })
  const customerId = customer.body.id as string
  const condenser = await team.office.api.post(`/customers/${customerId}/equipment`, { kind: 'Air conditioner', make: 'Carrier', model: '24ACC636A003', installDate: '2016-06-01' })
  expect(condenser.status).toBe(201)
  const furnace = await team.office.api.post(`/customers/${customerId}/equipment`, { kind: 'Furnace', make: 'Lennox', installDate: '2012-10-15' })
  expect(furnace.status).toBe(201)

  const page = await openPage(browser)
  try {
    await signIn(page, server, team.office.email, PASSWORD, '/crm/jobs/')
    await page.getByTestId('job-new').click()
    const form = page.getByTestId('job-form')
    const kind = form.getByLabel('Kind of work')
    const optionLabels = () => kind.locator('option').allTextContents()
    // Electrical first (the company's first trade), "Other / not listed" as the blank choice.
    await expect.poll(optionLabels, { timeout: STEP_TIMEOUT }).toContain('Panel upgrade')
    expect((await optionLabels())[0]).toBe('Other / not listed')
    expect(await form.getByLabel('Unit serviced').count()).toBe(0)
    await page.getByTestId('job-customer').fill('Morgan')
    await page.getByTestId('customer-option').filter({ hasText: 'Morgan Reyes' }).click()
    await form.getByLabel('Title').fill('No cooling upstairs')
    await form.getByLabel('Trade').selectOption('hvac')
    await expect.poll(optionLabels, { timeout: STEP_TIMEOUT }).toContain('AC repair')
    expect(await optionLabels()).not.toContain('Panel upgrade')
    await kind.selectOption({ label: 'AC repair' })
    const unit = form.getByLabel('Unit serviced')
    await unit.selectOption(condenser.body.id)
    expect(await unit.locator('option:checked').textContent()).toMatch(/^Air conditioner · Carrier · 24ACC636A003 \(\d+ years\)$/)
    await form.getByLabel('What failed').fill('Run capacitor')
    await screenshot(page, 'office-repair-job')
    await page.getByTestId('job-save').click()
    await page.getByTestId('job-dialog').waitFor({ state: 'hidden' })
    await page.getByTestId('job-row').filter({ hasText: 'No cooling upstairs' }).getByTestId('job-link').click()
    await page.waitForURL((url) => url.pathname === '/crm/jobs/view/')
    const jobId = new URL(page.url()).searchParams.get('id')!

    // The detail page names the kind of work, the unit and what failed.
    await expect.poll(() => page.getByTestId('job-category').textContent(), { timeout: STEP_TIMEOUT }).toBe('AC repair')
    await expect.poll(() => page.getByTestId('job-unit').textContent(), { timeout: STEP_TIMEOUT }).toBe('Air conditioner · Carrier · 24ACC636A003')
    expect(await page.getByTestId('job-failure').textContent()).toBe('run capacitor')

    // A material with its brand.
    await page.getByTestId('material-description').fill('45/5 µF dual run capacitor')
    await page.getByTestId('material-brand').fill('Titan Pro')
    await page.getByTestId('material-cost').fill('38.50')
    await page.getByTestId('material-add').click()
    const material = page.getByTestId('job-material').filter({ hasText: 'dual run capacitor' })
    await material.waitFor()
    expect(await material.getByTestId('job-material-brand').textContent()).toBe('Titan Pro')
    await screenshot(page, 'office-repair-detail')

    const saved = (await team.office.api.get(`/jobs/${jobId}`)).body
    expect(saved).toMatchObject({ trade: 'hvac', jobCategory: 'ac_repair', equipmentId: condenser.body.id, failureMode: 'run capacitor' })
    expect(saved.materials).toEqual([expect.objectContaining({ description: '45/5 µF dual run capacitor', brand: 'Titan Pro', unitCostCents: 3850 })])

    // Editing shows the choices as saved; clearing the unit clears what failed.
    await page.getByTestId('job-edit').click()
    const edit = page.getByTestId('job-form')
    expect(await edit.getByLabel('Kind of work').inputValue()).toBe('ac_repair')
    await expect.poll(() => edit.getByLabel('Unit serviced').inputValue(), { timeout: STEP_TIMEOUT }).toBe(condenser.body.id)
    expect(await edit.getByLabel('What failed').inputValue()).toBe('run capacitor')
    await edit.getByLabel('Unit serviced').selectOption('')
    expect(await edit.getByLabel('What failed').count()).toBe(0)
    await edit.getByLabel('Kind of work').selectOption({ label: 'AC tune-up' })
    await page.getByTestId('job-save').click()
    await page.getByTestId('job-dialog').waitFor({ state: 'hidden' })
    await expect.poll(() => page.getByTestId('job-category').textContent(), { timeout: STEP_TIMEOUT }).toBe('AC tune-up')
    expect(await page.getByTestId('job-unit').count()).toBe(0)
    const [row] = await asAdmin(server, (sql) => sql<{ job_category: string; equipment_id: string | null; failure_mode: string | null }[]>`
      select job_category, equipment_id, failure_mode from jobs where id = ${jobId}`)
    expect(row).toEqual({ job_category: 'ac_tune_up', equipment_id: null, failure_mode: null })
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('office bids under a trade and kind of work, and the bid shows its follow-up', async () => {
  const customer = await team.office.api.post('/customers', { name: 'Quinn Alvarez', email: 'quinn@example.com' })
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.office.email, PASSWORD, `/crm/bids/edit/?customerId=${customer.body.id}`)
    await page.getByTestId('bid-form').waitFor()
    await page.getByLabel('Title').fill('Replace the condenser')
    await expect.poll(() => page.getByLabel('Trade').inputValue(), { timeout: STEP_TIMEOUT }).toBe('electrical')
    await page.getByLabel('Trade').selectOption('hvac')
    await page.getByLabel('Kind of work').selectOption({ label: 'AC replacement' })
    const line = page.getByTestId('line-row').first()
    await line.getByTestId('line-description').fill('3 ton condenser, installed')
    await line.getByTestId('line-price').fill('5400')
    await screenshot(page, 'office-bid-editor')
    await page.getByTestId('bid-save').click()
    await page.waitForURL((url) => url.pathname === '/crm/bids/view/')
    const bidId = new URL(page.url()).searchParams.get('id')!
    expect((await team.office.api.get(`/bids/${bidId}`)).body).toMatchObject({ trade: 'hvac', jobCategory: 'ac_replacement', followedUpAt: null })
    // The draft reopens with its choices.
    await page.goto(`${server.url}/crm/bids/edit/?id=${bidId}`)
    await expect.poll(() => page.getByLabel('Kind of work').inputValue(), { timeout: STEP_TIMEOUT }).toBe('ac_replacement')
    expect(await page.getByLabel('Trade').inputValue()).toBe('hvac')

    // Sent, then sent again: the second send is the follow-up.
    for (let send = 0; send < 2; send += 1) expect((await team.office.api.post(`/bids/${bidId}/send`, {})).status).toBe(200)
    await page.goto(`${server.url}/crm/bids/view/?id=${bidId}`)
    const details = page.getByRole('complementary', { name: 'Bid details' })
    await details.getByText('Followed up').waitFor()
    await expect.poll(() => details.textContent(), { timeout: STEP_TIMEOUT }).toContain('Kind of workAC replacement')
    expect(await details.textContent()).toContain('TradeHVAC')
    await screenshot(page, 'office-bid-followed-up')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)
