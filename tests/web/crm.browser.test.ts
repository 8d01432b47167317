import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createTeam } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, openPage as openBrowserPage, screenshot as saveScreenshot, signIn, STEP_TIMEOUT } from './browser'

const PASSWORD = 'correct-horse-battery'
// The password createTeam() in tests/support/api.ts gives every account.
const TEAM_PASSWORD = 'a-long-enough-password'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const openPage = () => openBrowserPage(browser)

/** Saves a full-page screenshot of each page the tests visit, for looking at by eye. */
async function screenshot(page: Page, name: string) {
  await saveScreenshot(page, `crm-${name}`)
}

let emailCounter = 0
function uniqueEmail(label: string) {
  emailCounter += 1
  return `${label}-${Date.now()}-${emailCounter}@example.com`
}

/** Creates an account straight through the GoTrue-compatible endpoint, as supabase-js would. */
async function signUpThroughAuthApi(email: string, password: string) {
  const response = await fetch(`${server.url}/auth/v1/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', apikey: server.anonKey, Authorization: `Bearer ${server.anonKey}` },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status, `sign-up of ${email} should succeed`).toBe(200)
}

function customerRows(page: Page, name?: string) {
  const rows = page.getByTestId('customer-row')
  return name ? rows.filter({ hasText: name }) : rows
}

test('visiting the CRM signed out sends the browser to the login page', async () => {
  const page = await openPage()
  try {
    await page.goto(`${server.url}/crm/`)
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
    expect(new URL(page.url()).searchParams.get('next')).toBe('/crm/')
    await page.getByTestId('login-form').waitFor()
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('a wrong password shows why sign-in failed, and the right one gets in', async () => {
  const email = uniqueEmail('wrong-password')
  await signUpThroughAuthApi(email, PASSWORD)
  const page = await openPage()
  try {
    await page.goto(`${server.url}/login`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByTestId('login-submit').click()

    const error = page.getByTestId('login-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/invalid login credentials/i)
    expect(new URL(page.url()).pathname.replace(/\/$/, '')).toBe('/login')

    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(`${server.url}/crm/`)
    // A new account has no company yet, so the CRM starts with onboarding.
    await page.getByTestId('onboarding-form').waitFor()
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('a contractor signs up, sets up the company and manages a customer from start to finish', async () => {
  const email = uniqueEmail('owner')
  const page = await openPage()
  try {
    // Sign up.
    await page.goto(`${server.url}/login`)
    await page.getByTestId('login-mode-toggle').click()
    await page.getByRole('heading', { name: 'Create your ZAFTO account' }).waitFor()
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(`${server.url}/crm/`)

    // Onboarding: the form refuses to submit without a trade.
    await page.getByTestId('onboarding-form').waitFor()
    await page.getByLabel('Company name').fill('Northline Electric')
    await page.getByTestId('onboarding-submit').click()
    await page.getByTestId('field-error-company-trades').waitFor()
    await page.getByTestId('trade-electrical').check()
    await page.getByLabel('State').selectOption('CT')
    await page.getByTestId('onboarding-submit').click()

    await page.getByTestId('crm-shell').waitFor()
    expect(await page.getByTestId('shell-company-name').textContent()).toBe('Northline Electric')
    expect(await page.getByTestId('shell-user-email').textContent()).toBe(email)
    expect(await page.getByTestId('shell-role').textContent()).toBe('Owner')
    await page.getByTestId('nav-customers').click()
    await page.waitForURL(`${server.url}/crm/customers/`)
    await page.getByTestId('customers-empty').waitFor()

    // Create: client-side validation first, then two customers.
    await page.getByTestId('customer-new').click()
    const form = page.getByTestId('customer-form')
    await form.waitFor()
    await form.getByLabel('Email').fill('not-an-email')
    await page.getByTestId('customer-save').click()
    expect(await page.getByTestId('field-error-customer-name').textContent()).toBe('Name is required.')
    expect(await page.getByTestId('field-error-customer-email').textContent()).toMatch(/valid email/i)

    await form.getByLabel('Name', { exact: true }).fill('Dana Whitfield')
    await form.getByLabel('Email').fill('dana@example.com')
    await form.getByLabel('Phone').fill('(860) 555-0142')
    await form.getByLabel('Address').fill('18 Orchard Ln, Glastonbury, CT 06033')
    await form.getByLabel('Notes').fill('Gate code 4411. Dog in the back yard.')
    await page.getByTestId('customer-save').click()
    await page.getByTestId('customer-dialog').waitFor({ state: 'hidden' })
    await customerRows(page, 'Dana Whitfield').waitFor()

    await page.getByTestId('customer-new').click()
    await form.getByLabel('Name', { exact: true }).fill('Evan Brooks')
    await page.getByTestId('customer-save').click()
    await customerRows(page, 'Evan Brooks').waitFor()
    await expect.poll(() => customerRows(page).count(), { timeout: STEP_TIMEOUT }).toBe(2)
    expect(await page.getByTestId('customers-range').textContent()).toBe('Showing 1–2 of 2')

    // Search narrows the list (debounced, no submit needed).
    await page.getByLabel('Search customers').fill('whitfield')
    await expect.poll(() => customerRows(page).count(), { timeout: STEP_TIMEOUT }).toBe(1)
    expect(await customerRows(page).first().textContent()).toContain('Dana Whitfield')
    expect(new URL(page.url()).searchParams.get('q')).toBe('whitfield')

    // Edit: rename, clear the phone; the change survives a reload.
    await customerRows(page, 'Dana Whitfield').getByTestId('customer-edit').click()
    await form.waitFor()
    expect(await form.getByLabel('Notes').inputValue()).toBe('Gate code 4411. Dog in the back yard.')
    await form.getByLabel('Name', { exact: true }).fill('Dana Whitfield-Reyes')
    await form.getByLabel('Phone').fill('')
    await page.getByTestId('customer-save').click()
    await customerRows(page, 'Dana Whitfield-Reyes').waitFor()

    await page.reload()
    const edited = customerRows(page, 'Dana Whitfield-Reyes')
    await edited.waitFor()
    expect(await page.getByLabel('Search customers').inputValue()).toBe('whitfield')
    expect(await edited.textContent()).not.toContain('555-0142')

    // Delete, after confirming.
    await edited.getByTestId('customer-delete').click()
    await page.getByTestId('customer-delete-dialog').waitFor()
    await page.getByTestId('confirm-delete').click()
    await page.getByTestId('customers-empty').waitFor()
    expect(await page.getByTestId('customers-empty').textContent()).toContain('No customers match')

    await page.getByTestId('customer-search-clear').click()
    await customerRows(page, 'Evan Brooks').waitFor()
    await expect.poll(() => customerRows(page).count(), { timeout: STEP_TIMEOUT }).toBe(1)

    // Signing out ends the session: the CRM sends us back to login.
    await screenshot(page, 'customers-list')
    await page.getByTestId('sign-out').click()
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
    await page.goto(`${server.url}/crm/`)
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

const IMPORT_CSV = [
  'Full Name,E-mail,Phone Number,Address,Referral',
  'Marisol Vega,marisol@example.com,(860) 555-0101,12 Birch St,Yelp',
  ',nobody@example.com,,,',
  'Tom Becker,not-an-email,(203) 555-0177,55 Elm St,',
  'Ruth Okafor,ruth@example.com,,9 Pine Ct,Google',
  'Ruth Okafor,ruth@example.com,,9 Pine Ct,Google',
].join('\n')

test('office imports customers from a CSV, exports them, and builds out one customer with property, equipment and timeline', async () => {
  const team = await createTeam(server, 'Ledgerline Plumbing')
  const page = await openPage()
  try {
    await signIn(page, server, team.office.email, TEAM_PASSWORD, '/crm/customers/')
    await page.getByTestId('customers-empty').waitFor()
    await page.getByTestId('customer-import').click()
    await page.waitForURL(`${server.url}/crm/customers/import/`)

    // Preview: one row per line, each with its verdict; only the clean ones are ticked.
    await page.getByTestId('import-file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(IMPORT_CSV) })
    await page.getByTestId('import-preview').click()
    await page.getByTestId('import-review').waitFor()
    const rows = page.getByTestId('import-row')
    expect(await rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-state')))).toEqual(['ready', 'error', 'error', 'ready', 'duplicate'])
    expect(await rows.nth(2).getByTestId('import-row-errors').textContent()).toMatch(/email/i)
    expect(await rows.nth(1).getByTestId('import-row-accept').isDisabled()).toBe(true)
    expect(await rows.nth(4).getByTestId('import-row-duplicate').textContent()).toContain('row 5')
    expect(await rows.nth(4).getByTestId('import-row-accept').isChecked()).toBe(false)
    expect(await page.getByTestId('import-commit').textContent()).toBe('Import 2 customers')
    await page.getByTestId('import-filter-errors').click()
    await expect.poll(() => rows.count(), { timeout: STEP_TIMEOUT }).toBe(2)
    await page.getByTestId('import-filter-all').click()
    await screenshot(page, 'import-preview')

    await page.getByTestId('import-commit').click()
    expect(await page.getByTestId('import-result').textContent()).toBe('Imported 2 customers.')
    await screenshot(page, 'import-done')
    const listed = await team.office.api.get('/customers')
    expect(listed.body.data.map((customer: { name: string }) => customer.name)).toEqual(['Marisol Vega', 'Ruth Okafor'])

    // Export: the file the browser saves holds the imported customers.
    await page.getByTestId('import-go-list').click()
    await customerRows(page, 'Ruth Okafor').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('customer-export').click()])
    expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = (await readFile(await download.path())).toString('utf8')
    expect(csv).toContain('Marisol Vega')
    expect(csv).toContain('ruth@example.com')

    // The detail page: contact, a property, equipment with its age and warranty.
    await customerRows(page, 'Marisol Vega').getByTestId('customer-name-cell').click()
    await page.waitForURL((url) => url.pathname === '/crm/customers/view/')
    expect(await page.getByTestId('customer-detail-name').textContent()).toBe('Marisol Vega')
    await page.getByTestId('properties-empty').waitFor()
    await page.getByTestId('property-new').click()
    const propertyForm = page.getByTestId('property-form')
    await propertyForm.getByLabel('Label').fill('Main house')
    await propertyForm.getByLabel('Street address').fill('12 Birch St')
    await propertyForm.getByLabel('Year built').fill('nineteen')
    await page.getByTestId('property-save').click()
    await page.getByTestId('field-error-property-year').waitFor()
    await propertyForm.getByLabel('Year built').fill('1987')
    await page.getByTestId('property-save').click()
    await page.getByTestId('property-row').filter({ hasText: 'Main house' }).waitFor()
    expect(await page.getByTestId('property-row').textContent()).toContain('Built 1987')

    await page.getByTestId('equipment-new').click()
    const equipmentForm = page.getByTestId('equipment-form')
    await equipmentForm.getByLabel('What is it').fill('Water heater')
    await equipmentForm.getByLabel('Make').fill('Rheem')
    const installed = new Date()
    installed.setFullYear(installed.getFullYear() - 6, installed.getMonth(), installed.getDate() - 10)
    const warrantyEnd = new Date()
    warrantyEnd.setFullYear(warrantyEnd.getFullYear() + 2)
    await equipmentForm.getByLabel('Installed on').fill(installed.toISOString().slice(0, 10))
    await equipmentForm.getByLabel('Warranty ends').fill(warrantyEnd.toISOString().slice(0, 10))
    expect(await equipmentForm.getByLabel('Property').inputValue()).not.toBe('')
    await page.getByTestId('equipment-save').click()
    const unit = page.getByTestId('equipment-row').filter({ hasText: 'Water heater' })
    await unit.waitFor()
    expect(await unit.getByTestId('equipment-age').textContent()).toMatch(/^6 years old/)
    expect(await unit.getByTestId('equipment-warranty').textContent()).toMatch(/^Warranty until/)
    expect(await unit.textContent()).toContain('At Main house')

    // The timeline shows what happened, newest first; staff see the money tiles.
    await page.getByTestId('timeline-empty').waitFor()
    const customerId = new URL(page.url()).searchParams.get('id')!
    const job = await team.office.api.post('/jobs', { customerId, title: 'Water heater flush', assigneeIds: [team.tech.userId] })
    expect(job.status).toBe(201)
    expect((await team.office.api.post(`/jobs/${job.body.id}/notes`, { body: 'Sediment heavy; recommend annual flush.' })).status).toBe(201)
    await page.reload()
    await page.getByTestId('customer-timeline').waitFor()
    expect(await page.getByTestId('timeline-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-type')))).toEqual(['note.added', 'job.created'])
    expect(await page.getByTestId('customer-stat-jobs-value').textContent()).toBe('1')
    expect(await page.getByTestId('customer-stat-balance-value').textContent()).toBe('$0.00')
    await screenshot(page, 'customer-detail-office')

    // A tech sees the same customer without money or edit buttons.
    await page.getByTestId('sign-out').click()
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
    await signIn(page, server, team.tech.email, TEAM_PASSWORD, `/crm/customers/view/?id=${customerId}`)
    await page.getByTestId('customer-timeline').waitFor()
    await page.getByTestId('customer-stat-jobs').waitFor()
    expect(await page.getByTestId('customer-stat-revenue').count()).toBe(0)
    expect(await page.getByTestId('customer-stat-balance').count()).toBe(0)
    expect(await page.getByTestId('equipment-new').count()).toBe(0)
    expect(await page.getByTestId('customer-detail-edit').count()).toBe(0)
    await screenshot(page, 'customer-detail-tech')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)
