import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, openPage as openBrowserPage, STEP_TIMEOUT } from './browser'

const PASSWORD = 'correct-horse-battery'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const openPage = () => openBrowserPage(browser)

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
    await page.getByTestId('sign-out').click()
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
    await page.goto(`${server.url}/crm/`)
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)
