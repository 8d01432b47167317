import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { signUp, signUpOps, type Account } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'
import { FLOW_TIMEOUT, launchBrowser, numberedScreenshots, signIn, STEP_TIMEOUT } from './browser'

/**
 * The whole story across the three surfaces, through the UI only: a contractor invites
 * a homeowner from the CRM; the homeowner opens the invitation from the email, signs in with a
 * magic link from the local mailbox, sees their water heater's lifespan insight, approves a quote
 * with a typed-name signature and sends a message; the contractor sees the approval and the
 * message in the CRM; platform staff see the new activity in the ops overview.
 */

const PASSWORD = 'a-long-enough-password'
const HOMEOWNER = 'Dana Whitfield'
const shot = numberedScreenshots('portals')

let server: TestServer
let browser: Browser
let owner: Account
let ops: Account
let customerId: string
let bidId: string
let bidNumber: string
const homeownerEmail = `dana.${Date.now().toString(36)}@example.com`

const ok = <T>(response: { status: number; body: T }, expected: number, what: string): T => {
  expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(expected)
  return response.body
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
  owner = await signUp(server, 'northline-owner')
  ok(await owner.api.post('/companies', { name: 'Northline Plumbing', trades: ['plumbing'], state: 'CT' }), 201, 'company')
  const customer = ok(await owner.api.post('/customers', { name: HOMEOWNER, email: homeownerEmail, address: '18 Orchard Ln, Glastonbury, CT 06033' }), 201, 'customer')
  customerId = customer.id
  const installed = new Date()
  installed.setFullYear(installed.getFullYear() - 9)
  ok(
    await owner.api.post(`/customers/${customerId}/equipment`, { kind: 'Water heater', make: 'A. O. Smith', model: 'ProLine 50 gal', installDate: installed.toISOString().slice(0, 10) }),
    201,
    'equipment',
  )
  const bid = ok(
    await owner.api.post('/bids', {
      customerId,
      title: 'Replace 50-gallon water heater',
      trade: 'plumbing',
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      lines: [
        { description: '50-gallon gas water heater', quantity: '1', unitPriceCents: 148_000, type: 'material' },
        { description: 'Installation labor', quantity: '4', unit: 'h', unitPriceCents: 12_500, type: 'labor' },
      ],
    }),
    201,
    'bid',
  )
  ok(await owner.api.post(`/bids/${bid.id}/mark-sent`, {}), 200, 'bid sent')
  bidId = bid.id
  bidNumber = bid.number
  ops = await signUpOps(server, 'ops-e2e')
}, FLOW_TIMEOUT)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return page
}

test('invite → magic link → lifespan insight → signed quote → message → the CRM sees both → ops sees the activity', async () => {
  // The contractor invites the customer from their page in the CRM.
  const crm = await newPage()
  await signIn(crm, server, owner.email, PASSWORD)
  await crm.goto(`${server.url}/crm/customers/view/?id=${customerId}`)
  const card = crm.getByTestId('customer-portal')
  await card.getByTestId('portal-invite').click()
  expect(await card.getByTestId('portal-invite-email').inputValue()).toBe(homeownerEmail)
  await card.getByTestId('portal-invite-send').click()
  await crm.getByTestId('crm-notice').filter({ hasText: `Invitation sent to ${homeownerEmail}` }).waitFor()
  await shot(crm, 'crm-customer-invited')

  // The invitation email, as the outbox shows it.
  await crm.goto(`${server.url}/crm/settings/outbox/`)
  await crm.getByTestId('outbox-row').filter({ hasText: 'client portal' }).first().getByTestId('outbox-view').click()
  const emailBody = crm.getByTestId('outbox-email-dialog').getByTestId('outbox-email-body')
  await emailBody.waitFor()
  const joinLink = /https?:\/\/\S+\/portal\/join\/\?invite=[\w%-]+/.exec((await emailBody.textContent()) ?? '')?.[0]
  expect(joinLink, 'the invitation email carries the join link').toBeTruthy()
  await shot(crm, 'crm-outbox-invitation')

  // The homeowner opens the link, asks for a sign-in link, and opens it from the local mailbox.
  const home = await newPage({ width: 390, height: 844 })
  await home.goto(joinLink!)
  await home.getByLabel('Email').fill(homeownerEmail)
  await home.getByTestId('portal-login-submit').click()
  await home.getByTestId('portal-link-sent').waitFor()
  await shot(home, 'portal-link-sent')
  await home.getByTestId('portal-local-mailbox').click()
  const signInLink = home.locator('a[href*="/auth/v1/verify"]').first()
  await signInLink.waitFor()
  await shot(home, 'local-mailbox')
  await signInLink.click()
  await home.getByTestId('portal-home').waitFor()
  expect(await home.getByTestId('portal-company-name').textContent()).toBe('Northline Plumbing')
  await shot(home, 'portal-home')

  // Equipment with its lifespan insight: with no ZAFTO pattern yet, the industry baseline, said as such.
  await home.getByTestId('portal-nav-equipment').click()
  const heater = home.getByTestId('equipment-card').first()
  await heater.getByTestId('lifespan-text').waitFor()
  expect(await heater.getByTestId('lifespan-text').textContent()).toMatch(/^Water heaters typically last 8–12 years \(industry average\); yours is 9\.$/)
  await shot(home, 'portal-equipment')

  // The quote, approved with a typed-name signature.
  await home.getByTestId('portal-nav-quotes').click()
  await home.getByTestId('quote-row').first().click()
  expect(await home.getByTestId('quote-total').textContent()).toBe('$1,980.00')
  await home.getByLabel('Type your full name to sign').fill(HOMEOWNER)
  await home.getByTestId('quote-agree').check()
  await shot(home, 'portal-quote-signing')
  await home.getByTestId('quote-approve').click()
  await home.getByTestId('quote-decision').waitFor()
  expect(await home.getByTestId('quote-decision').textContent()).toContain(`signed by ${HOMEOWNER}`)
  await shot(home, 'portal-quote-approved')

  // A message to the contractor.
  await home.getByTestId('portal-nav-messages').click()
  await home.getByTestId('message-new').click()
  await home.getByTestId('thread-subject').fill('Install day')
  await home.getByTestId('thread-body').fill('Thanks! Could you start after 9 on the install day? The dog will be out by then.')
  await home.getByTestId('thread-send').click()
  await home.locator('[data-testid="thread-message"][data-sender="homeowner"]').waitFor()
  await shot(home, 'portal-message-sent')

  // The contractor sees the signed approval on the bid and the message in the inbox.
  await crm.goto(`${server.url}/crm/bids/view/?id=${bidId}`)
  const decision = crm.getByTestId('bid-decision')
  await decision.waitFor()
  expect(await decision.textContent()).toContain('Accepted in the client portal')
  expect(await decision.getByTestId('bid-decision-signer').textContent()).toContain(HOMEOWNER)
  await shot(crm, 'crm-bid-signed')
  await crm.goto(`${server.url}/crm/messages/`)
  const thread = crm.getByTestId('thread-row').filter({ hasText: 'Install day' })
  await thread.waitFor()
  expect(await thread.getByTestId('thread-unread').textContent()).toMatch(/^1\b/)
  await thread.click()
  const received = crm.locator('[data-testid="message"][data-sender="homeowner"]')
  await received.waitFor()
  expect(await received.getByTestId('message-body').textContent()).toContain('start after 9')
  await shot(crm, 'crm-inbox')

  // Platform staff see the new activity in the ops overview (anonymous: trade and state, no names).
  // Signing in at /login with no destination takes staff to the ops portal, not the CRM.
  const opsPage = await newPage()
  await opsPage.goto(`${server.url}/login`)
  await opsPage.getByLabel('Email').fill(ops.email)
  await opsPage.getByLabel('Password').fill(PASSWORD)
  await opsPage.getByTestId('login-submit').click()
  await opsPage.waitForURL(`${server.url}/ops/`)
  await opsPage.getByTestId('ops-overview').waitFor()
  const feed = opsPage.getByTestId('activity-feed')
  await feed.locator('[data-testid="activity-item"][data-kind="quote_accepted"]').first().waitFor()
  await feed.locator('[data-testid="activity-item"][data-kind="portal_message"]').first().waitFor()
  await feed.locator('[data-testid="activity-item"][data-kind="portal_joined"]').first().waitFor()
  const feedText = (await feed.textContent()) ?? ''
  expect(feedText).not.toContain(HOMEOWNER)
  expect(feedText).not.toContain('Northline')
  expect(feedText).not.toContain(bidNumber)
  await shot(opsPage, 'ops-overview')
}, 4 * FLOW_TIMEOUT)
