import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { apiAs, createTeam, type Api, type Team } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, numberedScreenshots, openPage, signIn, STEP_TIMEOUT } from './browser'

// The contractor's side of the client portal (issue 7): invite a customer, see a quote they
// signed in the portal, read and answer their message, and find their service request on the
// leads board. The homeowner's side runs through the real portal API as a linked account.

const PASSWORD = 'a-long-enough-password' // what createTeam signs everyone up with
const HOMEOWNER = 'Priya Natarajan'

let server: TestServer
let browser: Browser
let team: Team
let homeownerEmail: string
let customerId: string
let acceptedBidId: string
let declinedBidId: string
let equipmentId: string
/** The homeowner's API client, once their account exists. */
let homeowner: Api
/** The owner's browser tab, signed in once for the whole file. */
let page: Page

const screenshot = numberedScreenshots('crm-portal')
const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim()

async function expectOk<T = any>(response: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const answer = await response
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  return answer.body
}

/** A sent bid (marked sent by hand, so the outbox holds only the portal invitations). */
async function sentBid(title: string, cents: number): Promise<string> {
  const bid = await expectOk(team.owner.api.post('/bids', { customerId, title, lines: [{ description: title, quantity: '1', unitPriceCents: cents, type: 'labor' }] }), 201)
  await expectOk(team.owner.api.post(`/bids/${bid.id}/mark-sent`, {}))
  return bid.id
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
  team = await createTeam(server, 'Harbor Light Electric')
  homeownerEmail = `priya.${Date.now().toString(36)}@example.com`
  const customer = await expectOk(team.owner.api.post('/customers', { name: HOMEOWNER, email: homeownerEmail, address: '42 Birch Rd, Hamden, CT 06514' }), 201)
  customerId = customer.id
  const property = await expectOk(team.owner.api.post(`/customers/${customerId}/properties`, { address: '42 Birch Rd', city: 'Hamden', state: 'CT', postalCode: '06514' }), 201)
  const unit = await expectOk(
    team.owner.api.post(`/customers/${customerId}/equipment`, { kind: 'Water heater', make: 'Rheem', model: 'XE50T10', installDate: '2017-05-01', propertyId: property.id }),
    201,
  )
  equipmentId = unit.id
  acceptedBidId = await sentBid('200A panel upgrade', 485_000)
  declinedBidId = await sentBid('Whole-house surge protector', 62_000)
  page = await openPage(browser)
  await signIn(page, server, team.owner.email, PASSWORD, '/crm/')
}, FLOW_TIMEOUT)

afterAll(async () => {
  if (page) await closePage(page)
  await browser?.close()
  await server?.stop()
})

test('the owner invites a customer to the client portal, re-invites and revokes, and the emails are in the outbox', async () => {
  await page.goto(`${server.url}/crm/customers/view/?id=${customerId}`)
  const card = page.getByTestId('customer-portal')
  await card.getByTestId('portal-summary').waitFor()
  expect(await text(page, 'portal-status')).toBe('Not linked')
  await screenshot(page, 'customer-not-linked')

  // The email comes from the customer; an address the server refuses is explained at the field.
  await card.getByTestId('portal-invite').click()
  const email = card.getByTestId('portal-invite-email')
  expect(await email.inputValue()).toBe(homeownerEmail)
  await email.fill('priya@example.c')
  await card.getByTestId('portal-invite-send').click()
  await card.getByTestId('field-error-portal-invite-email').waitFor()
  expect(await text(page, 'field-error-portal-invite-email')).toMatch(/email/i)
  expect((await team.owner.api.get(`/customers/${customerId}/portal-invites`)).body.items).toHaveLength(0)
  await screenshot(page, 'invite-refused')

  await email.fill(homeownerEmail)
  await card.getByTestId('portal-invite-send').click()
  await page.getByTestId('crm-notice').filter({ hasText: `Invitation sent to ${homeownerEmail}` }).waitFor()
  const invitations = card.getByTestId('portal-invitation')
  await expect.poll(() => invitations.count(), { timeout: STEP_TIMEOUT }).toBe(1)
  expect(await invitations.first().getAttribute('data-status')).toBe('pending')
  expect(await invitations.first().getByTestId('portal-invitation-detail').textContent()).toMatch(/link works until/)
  expect(await text(page, 'portal-status')).toBe('Invited')

  // Sending again says what happens to the old link, and does it.
  expect(await card.getByTestId('portal-invite-note').textContent()).toContain('the old one stops working')
  await card.getByTestId('portal-invite').click()
  expect(await card.getByTestId('portal-invite-form').textContent()).toContain('the old one stops working')
  await card.getByTestId('portal-invite-send').click()
  await expect.poll(() => invitations.count(), { timeout: STEP_TIMEOUT }).toBe(2)
  expect(await invitations.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')))).toEqual(['pending', 'revoked'])

  // Revoke the pending one: nothing pending is left.
  await invitations.first().getByTestId('portal-invitation-revoke').click()
  await page.getByTestId('portal-revoke-dialog-confirm').click()
  await page.getByTestId('crm-notice').filter({ hasText: 'revoked' }).waitFor()
  await expect.poll(() => invitations.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status'))), { timeout: STEP_TIMEOUT }).toEqual(['revoked', 'revoked'])
  expect(await card.getByTestId('portal-invitation-revoke').count()).toBe(0)

  // The invitation that counts.
  await card.getByTestId('portal-invite').click()
  await card.getByTestId('portal-invite-send').click()
  await expect.poll(() => invitations.count(), { timeout: STEP_TIMEOUT }).toBe(3)
  expect(await invitations.first().getAttribute('data-status')).toBe('pending')
  await screenshot(page, 'customer-invited')

  // The outbox holds the three emails; the newest carries the link.
  await page.goto(`${server.url}/crm/settings/outbox/`)
  const rows = page.getByTestId('outbox-row').filter({ hasText: 'client portal' })
  await expect.poll(() => rows.count(), { timeout: STEP_TIMEOUT }).toBe(3)
  await rows.first().getByTestId('outbox-view').click()
  const dialog = page.getByTestId('outbox-email-dialog')
  const body = dialog.getByTestId('outbox-email-body')
  await body.waitFor()
  expect(await dialog.getByTestId('outbox-email-to').textContent()).toBe(homeownerEmail)
  const token = /\/portal\/join\/\?invite=([A-Za-z0-9_%-]+)/.exec((await body.textContent()) ?? '')?.[1]
  expect(token, 'the email carries the join link').toBeTruthy()
  await screenshot(page, 'outbox-invitation')

  // The homeowner signs up with that address and claims the newest link; an older link never works.
  const signUp = await fetch(`${server.url}/auth/v1/signup`, {
    method: 'POST',
    headers: { apikey: server.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email: homeownerEmail, password: PASSWORD }),
  })
  expect(signUp.status).toBe(200)
  homeowner = apiAs(server, ((await signUp.json()) as { access_token: string }).access_token)
  await dialog.getByTestId('outbox-email-dialog-close').click()
  await rows.nth(1).getByTestId('outbox-view').click()
  const revokedToken = /invite=([A-Za-z0-9_%-]+)/.exec((await body.textContent()) ?? '')?.[1]
  expect(revokedToken).toBeTruthy()
  expect(revokedToken).not.toBe(token)
  expect((await homeowner.post('/portal/claim', { token: decodeURIComponent(revokedToken ?? '') })).status).toBe(410)
  const claimed = await expectOk(homeowner.post('/portal/claim', { token: decodeURIComponent(token ?? '') }))
  expect(claimed.customerId).toBe(customerId)

  // Back on the customer: linked, with the address.
  await page.goto(`${server.url}/crm/customers/view/?id=${customerId}`)
  await card.getByTestId('portal-linked-email').waitFor()
  expect(await text(page, 'portal-linked-email')).toBe(homeownerEmail)
  expect(await text(page, 'portal-status')).toBe('Linked')
  expect(await invitations.first().getAttribute('data-status')).toBe('claimed')
  expect(await text(page, 'portal-invite')).toBe('Invite another address')
  await screenshot(page, 'customer-linked')
}, FLOW_TIMEOUT)

test('a quote the homeowner signed or declined in the portal shows who, when and from where', async () => {
  expect(homeowner, 'the invitation test links the homeowner').toBeDefined()
  const quote = await expectOk(homeowner.get(`/portal/quotes/${acceptedBidId}`))
  expect(quote.canDecide).toBe(true)
  await expectOk(homeowner.post(`/portal/quotes/${acceptedBidId}/accept`, { signedName: HOMEOWNER, contentHash: quote.contentHash }))
  const other = await expectOk(homeowner.get(`/portal/quotes/${declinedBidId}`))
  await expectOk(homeowner.post(`/portal/quotes/${declinedBidId}/decline`, { reason: 'We are holding off until spring.', contentHash: other.contentHash }))

  await page.goto(`${server.url}/crm/bids/view/?id=${acceptedBidId}`)
  const note = page.getByTestId('bid-decision')
  await note.waitFor()
  expect(await page.getByTestId('bid-status').getAttribute('data-status')).toBe('accepted')
  const said = (await note.textContent()) ?? ''
  expect(said).toContain(`Accepted in the client portal by ${HOMEOWNER} on`)
  expect(said).toMatch(/\(IP [^)]+\)/)
  // Signed in the portal: converting is the next step, not accepting by hand.
  await page.getByTestId('bid-convert').waitFor()
  expect(await page.getByTestId('bid-accept').count()).toBe(0)
  await screenshot(page, 'bid-accepted-in-portal')

  await page.goto(`${server.url}/crm/bids/view/?id=${declinedBidId}`)
  await note.waitFor()
  expect(await note.textContent()).toContain('Declined in the client portal')
  expect(await text(page, 'bid-decision-reason')).toBe('“We are holding off until spring.”')
  expect(await page.getByTestId('bid-accept').count()).toBe(0)
  await screenshot(page, 'bid-declined-in-portal')

  await page.goto(`${server.url}/crm/bids/`)
  const row = (id: string) => page.locator(`[data-testid="bid-row"][data-bid-id="${id}"]`)
  await row(acceptedBidId).waitFor()
  expect(await row(acceptedBidId).locator('[data-status]').first().getAttribute('data-status')).toBe('accepted')
  expect(await row(declinedBidId).locator('[data-status]').first().getAttribute('data-status')).toBe('declined')
  // Both answers came from the portal, and the list says so.
  expect(await row(acceptedBidId).getByTestId('bid-portal-decision').getAttribute('title')).toBe('Signed by the customer in the client portal')
  expect(await row(declinedBidId).getByTestId('bid-portal-decision').getAttribute('title')).toBe('Declined by the customer in the client portal')
  await screenshot(page, 'bids-decided-in-portal')

  // The customer's timeline tells it as the API words it.
  await page.goto(`${server.url}/crm/customers/view/?id=${customerId}`)
  const accepted = page.locator('[data-testid="timeline-item"][data-type="bid.accepted"]')
  await accepted.waitFor()
  expect(await accepted.textContent()).toContain('in the client portal')
  expect(await accepted.textContent()).toContain(`Signed by ${HOMEOWNER}`)
  await screenshot(page, 'customer-timeline')
}, FLOW_TIMEOUT)

test('the owner reads a homeowner message in the inbox, the unread badge goes from 1 to 0, and the reply reaches the portal', async () => {
  expect(homeowner, 'the invitation test links the homeowner').toBeDefined()
  const body = 'The breaker for the kitchen trips every morning. <script>window.__pwned = true</script> Can someone look?'
  const started = await expectOk(homeowner.post(`/portal/customers/${customerId}/threads`, { subject: 'Kitchen breaker keeps tripping', body }), 201)

  await page.goto(`${server.url}/crm/`)
  const badge = page.getByTestId('nav-messages-unread')
  await badge.waitFor()
  expect(await badge.textContent()).toMatch(/^1\b/)
  await screenshot(page, 'dashboard-unread-badge')

  await page.getByTestId('nav-messages').click()
  await page.waitForURL(`${server.url}/crm/messages/`)
  const row = page.locator(`[data-testid="thread-row"][data-thread-id="${started.id}"]`)
  await row.waitFor()
  expect(await row.getByTestId('thread-unread').textContent()).toMatch(/^1\b/)
  expect(await row.textContent()).toContain(HOMEOWNER)
  expect(await row.getByTestId('thread-preview').textContent()).toContain('The breaker for the kitchen trips')
  await page.getByTestId('threads-filter').locator('[data-value="unread"]').click()
  await page.waitForURL((url) => url.searchParams.get('unread') === '1')
  await page.locator('[data-testid="threads"][aria-busy="false"]').waitFor()
  expect(await page.getByTestId('thread-row').count()).toBe(1)
  await screenshot(page, 'inbox-unread')

  // Opening it shows the message as text (the tag is words, never run) and marks it read.
  await row.click()
  const message = page.locator('[data-testid="message"][data-sender="homeowner"]')
  await message.waitFor()
  expect(await message.getByTestId('message-body').textContent()).toBe(body)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
  expect(await page.locator('[data-testid="messages-list"] script').count()).toBe(0)
  await badge.waitFor({ state: 'detached' })
  await row.getByTestId('thread-unread').waitFor({ state: 'detached' })
  expect(new URL(page.url()).searchParams.get('thread')).toBe(started.id)
  expect((await team.owner.api.get('/messages/unread-count')).body.unread).toBe(0)

  // A reply: an empty one is refused in place, a real one joins the conversation.
  await page.getByTestId('reply-send').click()
  await page.getByTestId('field-error-thread-reply').waitFor()
  await page.getByTestId('thread-reply').fill('Thanks, Priya. We can come by Thursday at 9. Please keep the panel area clear.')
  await page.getByTestId('reply-send').click()
  const ours = page.locator('[data-testid="message"][data-sender="contractor"]')
  await ours.waitFor()
  expect(await ours.textContent()).toContain('Thursday at 9')
  expect(await page.getByTestId('thread-reply').inputValue()).toBe('')
  expect(await row.getByTestId('thread-preview').textContent()).toContain('You: Thanks, Priya.')
  await screenshot(page, 'inbox-thread')

  // The homeowner has the reply, unread on their side.
  const thread = await expectOk(homeowner.get(`/portal/threads/${started.id}`))
  expect(thread.messages.map((m: { sender: string }) => m.sender)).toEqual(['homeowner', 'contractor'])
  const portalThreads = await expectOk(homeowner.get(`/portal/customers/${customerId}/threads`))
  expect(portalThreads.find((t: { id: string }) => t.id === started.id)?.unreadCount).toBe(1)

  // Starting a conversation from the customer's page.
  await page.goto(`${server.url}/crm/customers/view/?id=${customerId}`)
  await page.getByTestId('customer-message').click()
  const form = page.getByTestId('thread-form')
  await form.waitFor()
  await page.getByTestId('thread-send').click()
  await page.getByTestId('field-error-thread-subject').waitFor()
  await page.getByTestId('thread-subject').fill('Your signed panel upgrade')
  await page.getByTestId('thread-body').fill('We have you down for the first week of May. Reply here with any questions.')
  await page.getByTestId('thread-send').click()
  await page.waitForURL((url) => url.pathname === '/crm/messages/' && Boolean(url.searchParams.get('thread')))
  await page.getByTestId('thread-subject-heading').filter({ hasText: 'Your signed panel upgrade' }).waitFor()
  await expect.poll(() => page.getByTestId('thread-row').count(), { timeout: STEP_TIMEOUT }).toBe(2)
  expect((await homeowner.get(`/portal/customers/${customerId}/threads`)).body).toHaveLength(2)
}, FLOW_TIMEOUT)

test('a portal service request stands out on the leads board and in the lead', async () => {
  expect(homeowner, 'the invitation test links the homeowner').toBeDefined()
  const request = await expectOk(
    homeowner.post(`/portal/customers/${customerId}/requests`, { type: 'problem', description: 'The water heater is leaking from the bottom.', equipmentId }),
    201,
  )
  const lead = (await team.owner.api.get('/leads')).body.data.find((l: { requestType: string | null }) => l.requestType === 'problem')
  expect(lead, `the request ${request.id} arrives as a lead`).toBeTruthy()

  await page.goto(`${server.url}/crm/leads/`)
  const card = page.locator(`[data-testid="lead-card"][data-lead-id="${lead.id}"]`)
  await card.waitFor()
  expect(await card.getAttribute('data-stage')).toBe('new')
  expect(await card.getByTestId('lead-portal-request').textContent()).toContain('Client portal')
  expect(await card.getByTestId('lead-request-type').textContent()).toBe('Something’s wrong')
  expect(await card.getByTestId('lead-equipment').textContent()).toBe('Water heater · Rheem · XE50T10')
  await screenshot(page, 'leads-board')

  await card.getByTestId('lead-open').click()
  const note = page.getByTestId('lead-portal-note')
  await note.waitFor()
  expect(await note.textContent()).toContain('sent this service request from their client portal')
  expect(await note.getByTestId('lead-portal-equipment').textContent()).toBe('Water heater · Rheem · XE50T10')
  expect(await page.getByTestId('lead-convert').count()).toBe(0)
  await screenshot(page, 'lead-detail')
  await page.getByTestId('lead-cancel').click()

  // It is worked like any lead, though it already names its customer.
  await card.getByTestId('lead-move').click()
  await card.getByTestId('lead-move-contacted').click()
  await page.locator(`[data-testid="lead-column-contacted"] [data-lead-id="${lead.id}"]`).waitFor()
  await page.getByTestId('crm-notice').filter({ hasText: 'moved to Contacted' }).waitFor()
  expect((await team.owner.api.get(`/leads/${lead.id}`)).body.stage).toBe('contacted')
}, FLOW_TIMEOUT)

test('a tech sees no inbox and no portal card, and the API refuses them both', async () => {
  expect((await team.tech.api.get(`/customers/${customerId}/portal-invites`)).status).toBe(403)
  expect((await team.tech.api.get('/messages/unread-count')).status).toBe(403)
  const techPage = await openPage(browser)
  try {
    await signIn(techPage, server, team.tech.email, PASSWORD, `/crm/customers/view/?id=${customerId}`)
    await techPage.getByTestId('customer-detail-name').waitFor()
    expect(await techPage.getByTestId('customer-portal').count()).toBe(0)
    expect(await techPage.getByTestId('customer-message').count()).toBe(0)
    expect(await techPage.getByTestId('nav-messages').count()).toBe(0)
    await techPage.goto(`${server.url}/crm/messages/`)
    await techPage.getByTestId('not-for-role').waitFor()
    expect(await techPage.getByTestId('thread-row').count()).toBe(0)
  } finally {
    await closePage(techPage)
  }
}, FLOW_TIMEOUT)
