import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { signUp, type Account } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, numberedScreenshots, STEP_TIMEOUT } from './browser'

/**
 * The client portal as a homeowner uses it, on a phone-sized screen: joining through the
 * contractor's invitation and a magic link from the local mailbox, every page, signing a
 * quote, messaging, a service request — and what a homeowner must never see.
 */

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }
const HOMEOWNER_NAME = 'Priya Natarajan'

let server: TestServer
let browser: Browser
let owner: Account
const shot = numberedScreenshots('portal')

type Setup = { customerId: string; quoteId: string; quoteNumber: string; invoiceId: string; threadId: string; equipmentId: string }
let setup: Setup
let homeownerEmail: string

const ok = <T>(response: { status: number; body: T }, expected: number, what: string): T => {
  expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(expected)
  return response.body
}

const yearsAgo = (years: number) => {
  const date = new Date()
  date.setFullYear(date.getFullYear() - years, date.getMonth(), 1)
  return date.toISOString().slice(0, 10)
}

/** The `/portal/join/?invite=…` path of the newest invitation emailed to `email`, as its recipient would open it. */
async function invitationPath(email: string): Promise<string> {
  const [row] = await asAdmin(server, (sql) => sql<{ body_text: string }[]>`
    select body_text from public.email_outbox where lower(to_address) = ${email.toLowerCase()} order by created_at desc limit 1`)
  const link = /https?:\/\/\S+\/portal\/join\/\?invite=[\w-]+/.exec(row?.body_text ?? '')?.[0]
  expect(link, 'the invitation email carries a join link').toBeTruthy()
  const url = new URL(link!)
  return url.pathname + url.search
}

/** A plumbing contractor with one customer and what the portal shows: a home, a water heater, visits, a quote, an invoice and a message. */
async function seedContractor(): Promise<Setup> {
  owner = await signUp(server, 'portal-owner')
  ok(await owner.api.post('/companies', { name: 'Northline Plumbing', trades: ['plumbing'], state: 'CT', phone: '(860) 555-0142', email: 'office@northline.test' }), 201, 'company')
  homeownerEmail = `priya.${Date.now().toString(36)}@example.com`
  const customer = ok(
    await owner.api.post('/customers', { name: HOMEOWNER_NAME, email: homeownerEmail, phone: '860-555-0199', address: '18 Orchard Ln, Glastonbury, CT 06033' }),
    201,
    'customer',
  )
  const property = ok(
    await owner.api.post(`/customers/${customer.id}/properties`, {
      label: 'Home',
      address: '18 Orchard Ln',
      city: 'Glastonbury',
      state: 'CT',
      postalCode: '06033',
      yearBuilt: 1994,
      squareFeet: 2150,
    }),
    201,
    'property',
  )
  const nextWeek = new Date(Date.now() + 7 * 86_400_000)
  nextWeek.setHours(9, 0, 0, 0)

  // Independent records, written side by side.
  const [heater, quote, invoice, thread] = await Promise.all([
    (async () => {
      const heater = ok(
        await owner.api.post(`/customers/${customer.id}/equipment`, {
          propertyId: property.id,
          kind: 'Water heater',
          make: 'Rheem',
          model: 'Performance 50 gal',
          serialNumber: 'RH-0098121',
          installDate: yearsAgo(8),
          warrantyExpiresOn: yearsAgo(2),
        }),
        201,
        'equipment',
      )
      // Layer 5 has seen enough Rheem water heaters: the portal explains this one's age against them.
      await asAdmin(server, (sql) => sql`
        insert into public.intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, source, last_computed_at)
        values ('equipment_lifespan', 'plumbing', null, 'water_heater/rheem',
                ${sql.json({ p25_years: 10, p75_years: 14, median_lifespan_years: 12 })}, 140, 'computed', now())`)
      // A finished repair on it, with a shared note and an internal one.
      const repair = ok(
        await owner.api.post('/jobs', { customerId: customer.id, propertyId: property.id, equipmentId: heater.id, title: 'Water heater relief valve replaced', trade: 'plumbing' }),
        201,
        'repair job',
      )
      ok(await owner.api.post(`/jobs/${repair.id}/status`, { status: 'in_progress' }), 200, 'start repair')
      ok(await owner.api.post(`/jobs/${repair.id}/notes`, { body: 'Replaced the T&P valve. Flush the tank once a year.', internal: false }), 201, 'shared note')
      ok(await owner.api.post(`/jobs/${repair.id}/notes`, { body: 'INTERNAL: customer haggles, quote high', internal: true }), 201, 'internal note')
      ok(await owner.api.post(`/jobs/${repair.id}/status`, { status: 'completed' }), 200, 'complete repair')
      return heater
    })(),
    (async () => {
      const quote = ok(
        await owner.api.post('/bids', {
          customerId: customer.id,
          title: 'Replace 50-gallon water heater',
          trade: 'plumbing',
          validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          notes: 'Includes haul-away of the old tank and the town permit.',
          lines: [
            { description: '50-gallon gas water heater', quantity: '1', unitPriceCents: 148_000, type: 'material' },
            { description: 'Installation labor', quantity: '4', unit: 'h', unitPriceCents: 12_500, type: 'labor' },
          ],
        }),
        201,
        'quote',
      )
      ok(await owner.api.post(`/bids/${quote.id}/mark-sent`, {}), 200, 'quote sent')
      return quote
    })(),
    (async () => {
      const invoice = ok(
        await owner.api.post('/invoices', { customerId: customer.id, lines: [{ description: 'Relief valve replacement', quantity: '1', unitPriceCents: 34_500, type: 'labor' }] }),
        201,
        'invoice',
      )
      ok(await owner.api.post(`/invoices/${invoice.id}/mark-sent`, {}), 200, 'invoice sent')
      ok(await owner.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 10_000, method: 'check', reference: 'Check #311' }), 201, 'payment')
      return invoice
    })(),
    (async (): Promise<{ id: string }> =>
      ok(
        await owner.api.post('/messages/threads', { customerId: customer.id, subject: 'Your water heater', body: 'Hi Priya, the quote for the new heater is in your portal.' }),
        201,
        'thread',
      ))(),
    (async () =>
      ok(
        await owner.api.post('/jobs', {
          customerId: customer.id,
          propertyId: property.id,
          title: 'Annual water heater flush',
          trade: 'plumbing',
          scheduledStart: nextWeek.toISOString(),
          scheduledEnd: new Date(nextWeek.getTime() + 2 * 3_600_000).toISOString(),
        }),
        201,
        'upcoming visit',
      ))(),
    (async () => ok(await owner.api.post(`/customers/${customer.id}/portal-invite`, { email: homeownerEmail }), 201, 'invitation'))(),
  ])
  return { customerId: customer.id, quoteId: quote.id, quoteNumber: quote.number, invoiceId: invoice.id, threadId: thread.id, equipmentId: heater.id }
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
  setup = await seedContractor()
}, FLOW_TIMEOUT)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function openPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return page
}

/** Opens a portal section from the navigation and waits for its page. */
async function openSection(page: Page, section: string, testId: string) {
  await page.getByTestId(`portal-nav-${section}`).click()
  await page.getByTestId(testId).first().waitFor()
}

test('a homeowner joins through the invitation and a magic link, then uses every page of the portal', async () => {
  const page = await openPhone()
  try {
    // The invitation link, signed out: the page explains it and asks for a sign-in link.
    const joinPath = await invitationPath(homeownerEmail)
    await page.goto(`${server.url}${joinPath}`)
    await page.getByTestId('portal-login-form').waitFor()
    await shot(page, 'join-signed-out')
    await page.getByLabel('Email').fill(homeownerEmail)
    await page.getByTestId('portal-login-submit').click()
    const sent = page.getByTestId('portal-link-sent')
    await sent.waitFor()
    expect(await sent.textContent()).toContain(homeownerEmail)
    const mailbox = page.getByTestId('portal-local-mailbox')
    expect(new URL((await mailbox.getAttribute('href'))!).searchParams.get('email')).toBe(homeownerEmail)
    await shot(page, 'link-sent')

    // The local mailbox holds the link; it signs in and comes back to the invitation, which is claimed.
    await mailbox.click()
    const signInLink = page.locator('a[href*="/auth/v1/verify"]').first()
    await signInLink.waitFor()
    await shot(page, 'local-mailbox')
    await signInLink.click()
    await page.getByTestId('portal-home').waitFor()
    const home = new URL(page.url())
    expect(home.pathname).toBe('/portal/')
    expect(home.searchParams.get('c')).toBe(setup.customerId)
    expect(await page.getByTestId('portal-company-name').textContent()).toBe('Northline Plumbing')

    // Home: the visit, the quote with its total, the balance, the unread message.
    await page.getByTestId('home-visit').first().waitFor()
    expect(await page.getByTestId('home-visit').first().textContent()).toContain('Annual water heater flush')
    expect(await page.getByTestId('home-quote').first().textContent()).toContain('$1,980.00')
    expect(await page.getByTestId('home-balance').textContent()).toContain('$245.00')
    expect(await page.getByTestId('home-unread').textContent()).toContain('1')
    expect(await page.getByTestId('portal-unread-badge').textContent()).toContain('1')
    await shot(page, 'home')

    // My home.
    await openSection(page, 'property', 'property-card')
    expect(await page.getByTestId('property-card').textContent()).toContain('Glastonbury')
    await shot(page, 'my-home')

    // Equipment, with its age and the lifespan insight from the patterns.
    await openSection(page, 'equipment', 'equipment-card')
    const card = page.getByTestId('equipment-card').first()
    expect(await card.getByTestId('lifespan-text').textContent()).toBe('Water heaters of this brand typically last 10–14 years; yours is 8.')
    expect(await card.getByTestId('warranty-status').textContent()).toBe('Warranty expired')
    await shot(page, 'equipment')
    await card.click()
    await page.getByTestId('portal-equipment-detail').getByTestId('lifespan-insight').waitFor()
    expect(await page.getByTestId('equipment-service-history').textContent()).toContain('Water heater relief valve replaced')
    await shot(page, 'equipment-detail')

    // Service history: the shared note, never the internal one.
    await openSection(page, 'history', 'history-job')
    const history = (await page.getByTestId('portal-history').textContent()) ?? ''
    expect(history).toContain('Flush the tank once a year')
    expect(history).not.toContain('INTERNAL')
    await shot(page, 'service-history')

    // Quotes: approving needs a typed name and the box ticked; then who signed and when shows.
    await openSection(page, 'quotes', 'quote-row')
    await shot(page, 'quotes')
    await page.getByTestId('quote-row').first().click()
    await page.getByTestId('quote-decide').waitFor()
    expect(await page.getByTestId('quote-total').textContent()).toBe('$1,980.00')
    await page.getByTestId('quote-approve').click()
    await page.getByText('Type your full name to sign.').waitFor()
    await page.getByText('Tick the box to confirm you agree.').waitFor()
    await page.getByLabel('Type your full name to sign').fill(HOMEOWNER_NAME)
    await page.getByTestId('quote-agree').check()
    await shot(page, 'quote-signing')
    await page.getByTestId('quote-approve').click()
    const decision = page.getByTestId('quote-decision')
    await decision.waitFor()
    expect(await decision.textContent()).toContain(`Approved — signed by ${HOMEOWNER_NAME}`)
    expect(await page.getByTestId('quote-decide').count()).toBe(0)
    await shot(page, 'quote-approved')
    // The contractor sees the signature at once.
    const bid = ok(await owner.api.get(`/bids/${setup.quoteId}`), 200, 'bid after approval')
    expect(bid.status).toBe('accepted')
    expect(bid.decision).toMatchObject({ via: 'client_portal', signedName: HOMEOWNER_NAME })

    // Invoices: lines, the payment, the balance, and the PDF.
    await openSection(page, 'invoices', 'invoice-row')
    await shot(page, 'invoices')
    await page.getByTestId('invoice-row').first().click()
    await page.getByTestId('invoice-payment').waitFor()
    expect(await page.getByTestId('invoice-balance').textContent()).toBe('$245.00')
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('invoice-pdf').click()])
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
    await shot(page, 'invoice')

    // Messages: opening the thread reads it (the badge goes), and a reply with markup shows as typed.
    await openSection(page, 'messages', 'thread-row')
    expect(await page.getByTestId('thread-row').first().getAttribute('data-unread')).toBe('1')
    await shot(page, 'messages')
    await page.getByTestId('thread-row').first().click()
    await page.getByTestId('thread-message').first().waitFor()
    await page.getByTestId('portal-unread-badge').waitFor({ state: 'detached' })
    const reply = 'Thanks! Can you do <b>bold</b> Tuesday morning?'
    await page.getByLabel('Reply to Northline Plumbing').fill(reply)
    await page.getByTestId('thread-reply-send').click()
    const mine = page.locator('[data-testid="thread-message"][data-sender="homeowner"] [data-testid="thread-message-body"]')
    await mine.waitFor()
    expect(await mine.textContent()).toBe(reply)
    expect(await mine.locator('b').count(), 'a message body is never HTML').toBe(0)
    await shot(page, 'thread')
    const thread = ok(await owner.api.get(`/messages/threads/${setup.threadId}`), 200, 'contractor thread')
    expect(thread.messages.at(-1)).toMatchObject({ sender: 'homeowner', body: reply })

    // Requests: a question about the water heater, picked from the list.
    await openSection(page, 'requests', 'request-form')
    await page.getByTestId('request-type-equipment_question').check()
    await page.getByLabel('Details').fill('Is the new heater more efficient than the old one?')
    await page.getByLabel('Which equipment?').selectOption(setup.equipmentId)
    await page.getByTestId('request-send').click()
    await page.getByTestId('request-sent').waitFor()
    const row = page.getByTestId('request-row').first()
    expect(await row.textContent()).toContain('Ask about equipment')
    expect(await row.getByTestId('request-status').textContent()).toBe('Received')
    await shot(page, 'requests')
    const leads = ok(await owner.api.get('/leads'), 200, 'leads')
    const lead = (leads.data ?? leads.items ?? leads).find((item: { requestType?: string }) => item.requestType === 'equipment_question')
    expect(lead, 'the request arrives in the CRM as a lead').toBeTruthy()

    // What Z remembers, and Z's chat widget with the homeowner's introduction.
    await openSection(page, 'memory', 'z-memory')
    await page.getByTestId('z-memory-empty').waitFor()
    await shot(page, 'z-memory')
    await page.getByTestId('z-toggle').click()
    await page.getByTestId('z-intro').waitFor()
    expect(await page.getByTestId('z-intro').textContent()).toContain('Z never quotes prices')
    await shot(page, 'z-widget')

    // The same portal on a desktop screen, and Z asked about the equipment on screen: the
    // question goes out as the homeowner's (client_portal), naming the relationship and the unit.
    await page.setViewportSize(DESKTOP)
    await page.getByTestId('z-close').click()
    await page.goto(`${server.url}/portal/equipment/view/?id=${setup.equipmentId}`)
    await page.getByTestId('lifespan-insight').waitFor()
    await shot(page, 'desktop-equipment-detail')
    await page.getByTestId('equipment-ask-z').click()
    await page.getByTestId('z-input').fill('How much longer will my water heater last?')
    const [chat] = await Promise.all([page.waitForRequest((request) => request.url().endsWith('/api/v1/ai/chat')), page.getByTestId('z-send').click()])
    const asked = chat.postDataJSON()
    expect(asked.platform).toBe('client_portal')
    expect(asked.session_context).toMatchObject({ current_screen: 'equipment_detail', active_equipment_id: setup.equipmentId, active_customer_id: setup.customerId })
    const answer = page.getByTestId('z-answer').last()
    await page.waitForFunction(() => document.querySelector('[data-testid="z-answer"]')?.getAttribute('data-state') !== 'streaming')
    expect(await answer.getAttribute('data-state')).toBe('done')
    await shot(page, 'desktop-z-answer')
    await page.getByTestId('z-close').click()
    await page.getByTestId('portal-nav-home').click()
    await page.getByTestId('home-visit').first().waitFor()
    await shot(page, 'desktop-home')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('a used invitation, another homeowner’s quote and an unlinked account show clear messages and nothing private', async () => {
  // A neighbour who is a customer of the same contractor, linked through their own invitation.
  const neighbour = await signUp(server, 'neighbour')
  const other = ok(await owner.api.post('/customers', { name: 'Sam Okafor', email: neighbour.email }), 201, 'second customer')
  ok(await owner.api.post(`/customers/${other.id}/portal-invite`, { email: neighbour.email }), 201, 'second invitation')
  const token = new URLSearchParams((await invitationPath(neighbour.email)).split('?')[1]).get('invite')
  ok(await neighbour.api.post('/portal/claim', { token }), 200, 'neighbour claims')
  const neighbourQuote = ok(
    await owner.api.post('/bids', { customerId: other.id, title: 'Sump pump', lines: [{ description: 'Sump pump', quantity: '1', unitPriceCents: 61_000, type: 'material' }] }),
    201,
    'neighbour quote',
  )
  ok(await owner.api.post(`/bids/${neighbourQuote.id}/mark-sent`, {}), 200, 'neighbour quote sent')
  // An invitation its own addressee has already used.
  const tenant = await signUp(server, 'tenant')
  const atTenant = ok(await owner.api.post('/customers', { name: 'Lee Tenant', email: tenant.email }), 201, 'third customer')
  ok(await owner.api.post(`/customers/${atTenant.id}/portal-invite`, { email: tenant.email }), 201, 'third invitation')
  const usedInvitation = await invitationPath(tenant.email)
  ok(await tenant.api.post('/portal/claim', { token: new URLSearchParams(usedInvitation.split('?')[1]).get('invite') }), 200, 'tenant claims')
  // The neighbour is also a customer of an electrician: two relationships, each on its own.
  const electrician = await signUp(server, 'second-owner')
  ok(await electrician.api.post('/companies', { name: 'Brightside Electric', trades: ['electrical'], state: 'CT' }), 201, 'second company')
  const atElectrician = ok(await electrician.api.post('/customers', { name: 'Sam Okafor', email: neighbour.email }), 201, 'customer of the electrician')
  ok(await electrician.api.post(`/customers/${atElectrician.id}/portal-invite`, { email: neighbour.email }), 201, 'electrician invitation')
  const secondToken = new URLSearchParams((await invitationPath(neighbour.email)).split('?')[1]).get('invite')
  ok(await neighbour.api.post('/portal/claim', { token: secondToken }), 200, 'neighbour claims the second')

  const page = await openPhone()
  try {
    // Password sign-in on the portal's page.
    await page.goto(`${server.url}/portal/login/`)
    await page.getByTestId('portal-login-mode').click()
    await page.getByLabel('Email').fill(neighbour.email)
    await page.getByLabel('Password').fill('a-long-enough-password')
    await shot(page, 'login-password')
    await page.getByTestId('portal-login-submit').click()
    await page.getByTestId('portal-home').waitFor()

    // Two contractors: the switcher shows each one's portal, and the electrician's has none of the plumber's quotes.
    const switcher = page.getByLabel('Contractor', { exact: true })
    expect(await switcher.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Northline Plumbing', 'Brightside Electric']))
    await shot(page, 'two-contractors')
    await switcher.selectOption(atElectrician.id)
    await page.waitForURL((url) => url.searchParams.get('c') === atElectrician.id)
    await page.getByTestId('portal-home').waitFor()
    expect(await page.getByTestId('portal-company-name').textContent()).toBe('Brightside Electric')
    await openSection(page, 'quotes', 'quotes-empty')

    // A new conversation with the electrician.
    await openSection(page, 'messages', 'messages-empty')
    await page.getByTestId('message-new').click()
    await page.getByLabel('Subject').fill('Flickering lights')
    await page.getByLabel('Message', { exact: true }).fill('The kitchen lights flicker when the dryer runs.')
    await page.getByTestId('thread-send').click()
    await page.getByTestId('portal-thread').getByText('The kitchen lights flicker when the dryer runs.').waitFor()
    const inbox = ok(await electrician.api.get('/messages/threads'), 200, 'electrician inbox')
    expect(inbox.items.map((item: { subject: string }) => item.subject)).toEqual(['Flickering lights'])
    expect(ok(await owner.api.get('/messages/threads'), 200, 'plumber inbox').items.map((item: { subject: string }) => item.subject)).not.toContain('Flickering lights')

    // A quote decided elsewhere (another tab) while this one was open: the API's reason, then the current version.
    // Opened without `?c=` while the electrician is in view, it shows under the plumber it belongs to.
    await page.goto(`${server.url}/portal/quotes/view/?id=${neighbourQuote.id}`)
    await page.waitForURL((url) => url.searchParams.get('c') === other.id)
    await page.getByTestId('quote-decide').waitFor()
    expect(await page.getByTestId('portal-company-name').textContent()).toBe('Northline Plumbing')
    const opened = ok(await neighbour.api.get(`/portal/quotes/${neighbourQuote.id}`), 200, 'quote as read')
    ok(await neighbour.api.post(`/portal/quotes/${neighbourQuote.id}/decline`, { reason: 'Going with a battery backup instead.', contentHash: opened.contentHash }), 200, 'declined elsewhere')
    await page.getByLabel('Type your full name to sign').fill('Sam Okafor')
    await page.getByTestId('quote-agree').check()
    await page.getByTestId('quote-approve').click()
    const refused = page.getByTestId('quote-decide-error')
    await refused.waitFor()
    expect(await refused.textContent()).toMatch(/already declined/i)
    await shot(page, 'quote-decided-elsewhere')
    await page.getByTestId('quote-reload').click()
    await page.getByTestId('quote-decision').getByText('Going with a battery backup instead.').waitFor()
    expect(await page.getByTestId('quote-decide').count()).toBe(0)

    // Priya's quote, by its id: not in this portal, and none of it shows.
    await page.goto(`${server.url}/portal/quotes/view/?id=${setup.quoteId}`)
    await page.getByTestId('record-not-found').waitFor()
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).not.toContain('1,980')
    expect(text).not.toContain(setup.quoteNumber)
    await shot(page, 'other-homeowners-quote')

    // Someone else's invitation, already used: the API's reason and what to do.
    await page.goto(`${server.url}${usedInvitation}`)
    const error = page.getByTestId('portal-join-error')
    await error.waitFor()
    expect(await error.getAttribute('data-status')).toBe('409')
    expect(await error.textContent()).toMatch(/ask your contractor to send you a new/i)
    await shot(page, 'invitation-used')
  } finally {
    await closePage(page)
  }

  // Someone with an account but no contractor yet; a second link within the minute is refused politely.
  const stranger = await signUp(server, 'stranger')
  const fresh = await openPhone()
  try {
    await fresh.goto(`${server.url}/portal/login/`)
    await fresh.getByLabel('Email').fill(stranger.email)
    await fresh.getByTestId('portal-login-submit').click()
    await fresh.getByTestId('portal-link-sent').waitFor()
    await fresh.getByRole('button', { name: 'Use a different email' }).click()
    await fresh.getByLabel('Email').fill(stranger.email)
    await fresh.getByTestId('portal-login-submit').click()
    expect(await fresh.getByTestId('portal-login-error').textContent()).toMatch(/Wait \d+ seconds/)
    await shot(fresh, 'login-rate-limited')
    await fresh.getByTestId('portal-login-mode').click()
    await fresh.getByLabel('Password').fill('a-long-enough-password')
    await fresh.getByTestId('portal-login-submit').click()
    await fresh.getByTestId('portal-unlinked').waitFor()
    await shot(fresh, 'not-linked')
  } finally {
    await closePage(fresh)
  }
}, FLOW_TIMEOUT)
