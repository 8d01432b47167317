import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createTeam, uniqueEmail } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, openPage, screenshot as saveScreenshot, signIn, STEP_TIMEOUT } from './browser'

// The password signUp() in tests/support/api.ts gives every account.
const PASSWORD = 'a-long-enough-password'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
})

/** Saves a full-page screenshot of each page the tests visit, for looking at by eye. */
async function screenshot(page: Page, name: string) {
  await saveScreenshot(page, `settings-${name}`)
}

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

function memberRow(page: Page, email: string) {
  return page.getByTestId('member-row').filter({ hasText: email })
}

async function noticeSays(page: Page, text: string | RegExp) {
  await page.getByTestId('crm-notice').filter({ hasText: text }).waitFor()
}

test('an owner edits the company profile and the changes persist', async () => {
  const team = await createTeam(server, 'Harbor Light Electric')
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.owner.email, PASSWORD, '/crm/settings/')
    const form = page.getByTestId('company-form')
    await form.waitFor()
    expect(await page.getByLabel('Company name').inputValue()).toBe('Harbor Light Electric')
    expect(await page.getByLabel('State').inputValue()).toBe('CT')
    expect(await page.getByRole('switch').getAttribute('aria-checked')).toBe('true')
    await screenshot(page, 'company-owner')

    // The same checks as onboarding: a name and at least one trade.
    await page.getByLabel('Company name').fill('   ')
    await page.getByTestId('trade-electrical').uncheck()
    await page.getByTestId('company-save').click()
    expect(await page.getByTestId('field-error-company-name').textContent()).toBe('Company name is required.')
    await page.getByTestId('field-error-company-trades').waitFor()

    await page.getByLabel('Company name').fill('Harbor Light Electric & Solar')
    await page.getByTestId('trade-electrical').check()
    await page.getByTestId('trade-solar').check()
    await page.getByLabel('License number').fill('E1-0099123')

    // A 422 from the server lands beside the field it names (answered here once, by hand).
    await page.route('**/api/v1/companies/*', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'validation_failed', message: 'Invalid input.', requestId: 'r1', details: [{ path: 'licenseNumber', message: 'That license number is not valid in CT.' }] } }),
      }),
      { times: 1 },
    )
    await page.getByTestId('company-save').click()
    expect(await page.getByTestId('field-error-company-license').textContent()).toBe('That license number is not valid in CT.')
    expect(await page.getByTestId('company-form-error').textContent()).toBe('Please fix the highlighted fields.')

    await page.getByRole('switch', { name: /industry patterns/i }).click()
    await page.getByTestId('company-save').click()
    await noticeSays(page, 'Company details saved.')
    // The sidebar follows without a reload.
    expect(await page.getByTestId('shell-company-name').textContent()).toBe('Harbor Light Electric & Solar')

    await page.reload()
    await form.waitFor()
    expect(await page.getByLabel('Company name').inputValue()).toBe('Harbor Light Electric & Solar')
    expect(await page.getByLabel('License number').inputValue()).toBe('E1-0099123')
    expect(await page.getByTestId('trade-solar').isChecked()).toBe(true)
    expect(await page.getByRole('switch').getAttribute('aria-checked')).toBe('false')
    expect(await page.getByTestId('shell-company-name').textContent()).toBe('Harbor Light Electric & Solar')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('an owner invites someone, changes the invitation’s role, then withdraws it', async () => {
  const team = await createTeam(server, 'Quarry Road Plumbing')
  const invitee = uniqueEmail('invitee')
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.owner.email, PASSWORD, '/crm/settings/team/')
    await memberRow(page, team.tech.email).waitFor()

    // Only owners are offered the owner role.
    expect(await page.getByLabel('Role', { exact: true }).locator('option').allTextContents()).toEqual(['Owner', 'Admin', 'Office', 'Field tech'])

    await page.getByLabel('Email', { exact: true }).fill(invitee)
    await page.getByLabel('Role', { exact: true }).selectOption('tech')
    await page.getByTestId('member-invite-submit').click()
    const row = memberRow(page, invitee)
    await row.waitFor()
    expect(await row.getAttribute('data-status')).toBe('invited')
    expect(await row.getByTestId('member-role').inputValue()).toBe('tech')

    await row.getByTestId('member-role').selectOption('office')
    await noticeSays(page, `${invitee} is now Office.`)
    expect(await row.getByTestId('member-role').inputValue()).toBe('office')
    const listed = await team.owner.api.get(`/companies/${team.companyId}/members`)
    expect(listed.body.data.find((member: { email: string }) => member.email === invitee)?.role).toBe('office')
    await screenshot(page, 'team-owner')

    await row.getByTestId('member-remove').click()
    const dialog = page.getByTestId('member-remove-dialog')
    await dialog.getByRole('heading', { name: `Withdraw the invitation for ${invitee}?` }).waitFor()
    await screenshot(page, 'team-withdraw-dialog')
    await dialog.getByTestId('confirm-delete').click()
    await noticeSays(page, `Invitation for ${invitee} withdrawn.`)
    await expect.poll(() => row.count(), { timeout: STEP_TIMEOUT }).toBe(0)

    // The sole owner cannot leave: the server's reason shows in the confirmation.
    const own = memberRow(page, team.owner.email)
    expect(await own.getByTestId('member-you').textContent()).toBe('You')
    expect(await own.getByTestId('member-remove').textContent()).toBe('Leave company')
    await own.getByTestId('member-remove').click()
    await dialog.getByText(/lose access/).waitFor()
    await dialog.getByTestId('confirm-delete').click()
    expect(await dialog.getByTestId('confirm-error').textContent()).toMatch(/at least one owner/i)
    await screenshot(page, 'team-last-owner')
    await dialog.getByTestId('confirm-cancel').click()
    await dialog.waitFor({ state: 'hidden' })
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('office staff see the company read-only and cannot change the team', async () => {
  const team = await createTeam(server, 'Birchwood HVAC')
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.office.email, PASSWORD, '/crm/settings/')
    await page.getByTestId('company-readonly').waitFor()
    expect(await page.getByTestId('company-detail-name').textContent()).toBe('Birchwood HVAC')
    expect(await page.getByTestId('company-form').count()).toBe(0)
    await screenshot(page, 'company-office')

    await page.getByTestId('settings-nav-team').click()
    await page.waitForURL(`${server.url}/crm/settings/team/`)
    await memberRow(page, team.office.email).waitFor()
    expect(await page.getByTestId('member-row').count()).toBe(4)
    expect(await page.getByTestId('member-role').count()).toBe(0)
    expect(await page.getByTestId('member-remove').count()).toBe(0)
    expect(await page.getByTestId('member-invite-form').count()).toBe(0)
    await screenshot(page, 'team-office')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('an admin cannot touch the owner role, and demoting themselves takes effect at once', async () => {
  const team = await createTeam(server, 'Stonegate Roofing')
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.admin.email, PASSWORD, '/crm/settings/team/')
    const ownerRow = memberRow(page, team.owner.email)
    await ownerRow.waitFor()
    expect(await page.getByLabel('Role', { exact: true }).locator('option').allTextContents()).toEqual(['Admin', 'Office', 'Field tech'])
    expect(await ownerRow.getByTestId('member-role').count()).toBe(0)
    expect(await ownerRow.getByTestId('member-remove').count()).toBe(0)
    const techRow = memberRow(page, team.tech.email)
    expect(await techRow.getByTestId('member-role').locator('option').allTextContents()).toEqual(['Admin', 'Office', 'Field tech'])
    await screenshot(page, 'team-admin')

    // Changing your own role asks first, then the whole page follows the new role.
    await page.getByLabel('Your role').selectOption('office')
    const dialog = page.getByTestId('member-self-role-dialog')
    await dialog.getByRole('heading', { name: 'Change your own role to Office?' }).waitFor()
    expect(await page.getByLabel('Your role').inputValue()).toBe('admin')
    await dialog.getByTestId('confirm-delete').click()
    await noticeSays(page, 'You are now Office.')
    expect(await page.getByTestId('shell-role').textContent()).toBe('Office')
    await expect.poll(() => page.getByTestId('member-role').count(), { timeout: STEP_TIMEOUT }).toBe(0)
    expect(await page.getByTestId('member-invite-form').count()).toBe(0)
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

/** A small PNG drawn by the browser itself, as a logo would be. */
async function pngLogo(page: Page): Promise<Buffer> {
  await page.setContent('<div style="width:320px;height:120px;background:#ea580c;color:#fff;font:bold 48px sans-serif;display:flex;align-items:center;justify-content:center">ACME</div>')
  return page.locator('div').screenshot()
}

test('an owner uploads and removes the company logo, and staff read sent emails in the outbox', async () => {
  const team = await createTeam(server, 'Beacon Solar')
  const page = await openPage(browser)
  try {
    const logo = await pngLogo(page)
    await signIn(page, server, team.owner.email, PASSWORD, '/crm/settings/')
    await page.getByTestId('company-logo').getByText('No logo yet').waitFor()

    // Wrong type first: refused before upload, with what to do instead.
    await page.getByTestId('company-logo-file').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') })
    expect(await page.getByTestId('company-logo-error').textContent()).toBe('Choose a PNG or JPEG image.')

    await page.getByTestId('company-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo })
    await page.getByTestId('company-logo-preview').waitFor()
    expect(await page.getByTestId('company-logo-preview').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    const company = await team.owner.api.get('/me')
    expect(company.body.company.logoUrl).toMatch(/^\/api\/v1\/files\//)
    await screenshot(page, 'company-logo')

    await page.reload()
    await page.getByTestId('company-logo-preview').waitFor()
    await page.getByTestId('company-logo-remove').click()
    await page.getByTestId('company-logo').getByText('No logo yet').waitFor()
    expect((await team.owner.api.get('/me')).body.company.logoUrl).toBeNull()

    // The outbox: a bid emailed to a customer, with its text and its PDF.
    await page.getByTestId('settings-nav-outbox').click()
    await page.waitForURL(`${server.url}/crm/settings/outbox/`)
    await page.getByTestId('outbox-empty').waitFor()
    const customer = await team.owner.api.post('/customers', { name: 'Ada Park', email: 'ada@example.com' })
    const bid = await team.owner.api.post('/bids', { customerId: customer.body.id, title: 'Rooftop array', lines: [{ description: 'Panels', quantity: '12', unitPriceCents: 31000, type: 'material' }] })
    expect(bid.status).toBe(201)
    const sent = await team.owner.api.post(`/bids/${bid.body.id}/send`, {})
    expect(sent.status).toBe(200)
    await page.reload()
    const row = page.getByTestId('outbox-row')
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    expect(await row.textContent()).toContain('ada@example.com')
    await row.getByTestId('outbox-view').click()
    const dialog = page.getByTestId('outbox-email-dialog')
    await dialog.getByTestId('outbox-email-body').waitFor()
    expect(await dialog.getByTestId('outbox-email-to').textContent()).toBe('ada@example.com')
    expect((await dialog.getByTestId('outbox-email-body').textContent())?.length).toBeGreaterThan(20)
    await screenshot(page, 'outbox-email')
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('outbox-attachment-download').first().click()])
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    // A tech has no outbox tab, and the page says who can see it.
    await page.getByTestId('sign-out').click()
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/login')
    await signIn(page, server, team.tech.email, PASSWORD, '/crm/settings/outbox/')
    await page.getByTestId('outbox-forbidden').waitFor()
    expect(await page.getByTestId('settings-nav-outbox').count()).toBe(0)
    expect(await page.getByTestId('company-logo-upload').count()).toBe(0)
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)
