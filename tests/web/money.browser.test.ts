import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { documentTotals as serverTotals, lineTotalCents as serverLineTotal } from '../../functions/lib/money'
import { documentTotals as editorTotals, lineTotalCents as editorLineTotal, parsePercentToBps } from '../../web/src/components/crm/documents/totals'
import { createTeam, type Team } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'
import { closePage, FLOW_TIMEOUT, launchBrowser, openPage, screenshot as saveScreenshot, signIn, STEP_TIMEOUT } from './browser'

// The "done when": a customer, a bid built line by line with live totals, accepted,
// turned into an invoice, partly paid, and the dashboard and the customer's timeline follow.

const PASSWORD = 'a-long-enough-password' // what createTeam signs everyone up with
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

let server: TestServer
let browser: Browser
let team: Team

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  team = await createTeam(server, 'Money Flow Electric')
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const screenshot = (page: Page, name: string) => saveScreenshot(page, `money-${name}`)

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim()
const idFromUrl = (page: Page) => new URL(page.url()).searchParams.get('id') ?? ''

/** Clicks a download button and returns the bytes the browser saved. */
async function downloadFrom(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const path = await download.path()
  return readFile(path)
}

/** Fills one line of the editor (the `index`-th row). */
async function fillLine(page: Page, index: number, line: { description: string; quantity: string; unit: string; price: string; type: string }) {
  const row = page.getByTestId('line-row').nth(index)
  await row.getByTestId('line-description').fill(line.description)
  await row.getByTestId('line-quantity').fill(line.quantity)
  await row.getByTestId('line-unit').fill(line.unit)
  await row.getByTestId('line-price').fill(line.price)
  await row.getByTestId('line-type').selectOption(line.type)
}

test('an owner quotes, wins, invoices and collects, and the dashboard and timeline follow', async () => {
  const page = await openPage(browser)
  try {
    // The dashboard of a new company: nothing earned, nothing owed.
    await signIn(page, server, team.owner.email, PASSWORD, '/crm/')
    await page.getByTestId('dashboard-tiles').waitFor()
    expect(await text(page, 'tile-revenue-month-value')).toBe('$0')
    expect(await text(page, 'tile-outstanding-value')).toBe('$0.00')
    await screenshot(page, 'flow-01-dashboard-before')

    // A customer, added in the customers page.
    await page.getByTestId('nav-customers').click()
    await page.getByTestId('customer-new').first().click()
    const customerForm = page.getByTestId('customer-form')
    await customerForm.getByLabel('Name', { exact: true }).fill('Dana Whitfield')
    await customerForm.getByLabel('Email').fill('dana@example.com')
    await page.getByTestId('customer-save').click()
    await page.getByTestId('customer-dialog').waitFor({ state: 'hidden' })
    await page.getByText('Dana Whitfield').first().waitFor()
    await screenshot(page, 'flow-02-customers')

    // A bid, line by line; the totals follow every keystroke.
    await page.getByTestId('nav-bids').click()
    await page.getByTestId('bids-empty').waitFor()
    await screenshot(page, 'flow-03-bids-empty')
    await page.getByTestId('bid-new').click()
    await page.getByTestId('bid-form').waitFor()
    await page.getByTestId('bid-customer').fill('whit')
    await page.getByTestId('customer-option').filter({ hasText: 'Dana Whitfield' }).click()
    expect(await text(page, 'bid-customer-selected')).toBe('Dana Whitfield')
    await page.getByLabel('Title').fill('200A panel upgrade')

    await fillLine(page, 0, { description: 'Panel upgrade, labor', quantity: '6.5', unit: 'hr', price: '95', type: 'labor' })
    expect(await text(page, 'doc-total')).toBe('$617.50')
    await page.getByTestId('line-add').click()
    await fillLine(page, 1, { description: 'Permit and inspection', quantity: '1', unit: '', price: '85.00', type: 'other' })
    await page.getByTestId('line-add').click()
    await fillLine(page, 2, { description: '200A panel and breakers', quantity: '1', unit: 'ea', price: '412.37', type: 'material' })
    await page.getByTestId('line-add').click()
    // 12.5 ft × $3.33 = $41.625, rounded half up to $41.63, as the server does.
    await fillLine(page, 3, { description: 'EMT conduit', quantity: '12.5', unit: 'ft', price: '3.33', type: 'material' })
    expect(await page.getByTestId('line-total').nth(3).textContent()).toBe('$41.63')

    // A stray line is removed; the panel moves above the permit.
    await page.getByTestId('line-add').click()
    await expect.poll(() => page.getByTestId('line-row').count()).toBe(5)
    await page.getByTestId('line-remove').nth(4).click()
    await expect.poll(() => page.getByTestId('line-row').count()).toBe(4)
    await page.getByTestId('line-up').nth(2).click()
    expect(await page.getByTestId('line-description').nth(1).inputValue()).toBe('200A panel and breakers')

    // $1,156.50 less $50.00, plus 6.35% of $1,106.50 ($70.26) = $1,176.76.
    expect(await text(page, 'doc-subtotal')).toBe('$1,156.50')
    await page.getByTestId('doc-discount').fill('50')
    await page.getByTestId('doc-tax-rate').fill('6.35')
    expect(await text(page, 'doc-tax')).toBe('$70.26')
    expect(await text(page, 'doc-total')).toBe('$1,176.76')
    await screenshot(page, 'flow-04-bid-editor')

    // Saved: the server's totals agree with what the editor showed.
    await page.getByTestId('bid-save').click()
    await page.waitForURL((url) => url.pathname === '/crm/bids/view/')
    await page.getByTestId('bid-number').waitFor()
    const bidId = idFromUrl(page)
    expect(await text(page, 'bid-number')).toBe('BID-0001')
    expect(await text(page, 'bid-total')).toBe('$1,176.76')
    expect(await page.getByTestId('saved-line').count()).toBe(4)
    expect(await text(page, 'bid-status')).toBe('Draft')

    // Emailed, then accepted.
    await page.getByTestId('bid-send').click()
    await page.getByTestId('bid-send-dialog-confirm').click()
    await expect.poll(() => text(page, 'bid-status'), { timeout: STEP_TIMEOUT }).toBe('Sent')
    expect(await text(page, 'crm-notice')).toContain('dana@example.com')
    await page.getByTestId('bid-accept').click()
    await page.getByTestId('bid-accept-dialog-confirm').click()
    await expect.poll(() => text(page, 'bid-status'), { timeout: STEP_TIMEOUT }).toBe('Accepted')
    await screenshot(page, 'flow-05-bid-accepted')

    // The bid's PDF opens: from the button, and straight from the API.
    const bidPdf = await downloadFrom(page, 'bid-pdf')
    expect(bidPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const bidPdfResponse = await team.owner.api.raw('GET', `/bids/${bidId}/pdf`)
    expect(bidPdfResponse.status).toBe(200)
    expect(Buffer.from(await bidPdfResponse.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    // Converted to a job and a draft invoice with the same lines and totals.
    await page.getByTestId('bid-convert').click()
    expect(await page.getByTestId('convert-job').isChecked()).toBe(true)
    expect(await page.getByTestId('convert-invoice').isChecked()).toBe(true)
    await page.getByTestId('bid-convert-dialog-confirm').click()
    await page.waitForURL((url) => url.pathname === '/crm/invoices/view/')
    await page.getByTestId('invoice-number').waitFor()
    const invoiceId = idFromUrl(page)
    expect(await text(page, 'invoice-number')).toBe('INV-0001')
    expect(await text(page, 'invoice-status')).toBe('Draft')
    expect(await text(page, 'invoice-total')).toBe('$1,176.76')
    expect(await page.getByTestId('saved-line').count()).toBe(4)
    await screenshot(page, 'flow-06-invoice-draft')

    // Sent, then a payment larger than the balance is refused with the server's reason.
    await page.getByTestId('invoice-send').click()
    await page.getByTestId('invoice-send-dialog-confirm').click()
    await expect.poll(() => text(page, 'invoice-status'), { timeout: STEP_TIMEOUT }).toBe('Sent')
    await page.getByTestId('invoice-record-payment').click()
    expect(await page.getByTestId('payment-amount').inputValue()).toBe('1176.76')
    await page.getByTestId('payment-amount').fill('2000')
    await page.getByTestId('payment-save').click()
    await page.getByTestId('payment-form-error').waitFor()
    expect(await text(page, 'payment-form-error')).toMatch(/\$1,176\.76/)
    await screenshot(page, 'flow-07-payment-refused')

    // A partial payment: $500 by check; $676.76 stays due.
    await page.getByTestId('payment-amount').fill('500')
    await page.getByTestId('payment-reference').fill('Check #1042')
    await page.getByTestId('payment-save').click()
    await page.getByTestId('payment-dialog').waitFor({ state: 'hidden' })
    await expect.poll(() => text(page, 'invoice-status'), { timeout: STEP_TIMEOUT }).toBe('Partly paid')
    expect(await text(page, 'invoice-balance-due')).toBe('$676.76')
    expect(await text(page, 'payment-row')).toContain('$500.00')
    await screenshot(page, 'flow-08-invoice-partly-paid')

    const invoicePdf = await downloadFrom(page, 'invoice-pdf')
    expect(invoicePdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const invoicePdfResponse = await team.owner.api.raw('GET', `/invoices/${invoiceId}/pdf`)
    expect(invoicePdfResponse.status).toBe(200)
    expect(Buffer.from(await invoicePdfResponse.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    // The invoice list shows it partly paid, and the aging counts its balance as current.
    await page.getByTestId('nav-invoices').click()
    await page.getByTestId('invoice-row').first().waitFor()
    expect(await text(page, 'invoice-row')).toContain('$676.76')
    expect(await text(page, 'aging-total')).toBe('$676.76')
    await screenshot(page, 'flow-09-invoices')

    // The dashboard: this month's revenue is the payment; the rest is outstanding.
    await page.getByTestId('nav-dashboard').click()
    await page.getByTestId('dashboard-tiles').waitFor()
    expect(await text(page, 'tile-revenue-month-value')).toBe('$500')
    expect(await text(page, 'tile-outstanding-value')).toBe('$676.76')
    expect(await text(page, 'tile-win-rate-value')).toBe('100%')
    expect(await text(page, 'top-customer')).toContain('Dana Whitfield')
    await screenshot(page, 'flow-10-dashboard-after')

    // The customer's timeline has the bid, the job, the invoice and the payment.
    const customers = await team.owner.api.get(`/customers?search=${encodeURIComponent('Dana Whitfield')}`)
    const customerId = customers.body.data[0].id as string
    await page.goto(`${server.url}/crm/customers/view/?id=${customerId}`)
    await page.getByTestId('customer-timeline').waitFor()
    const types = await page.getByTestId('timeline-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-type')))
    expect(types).toEqual(expect.arrayContaining(['bid.created', 'bid.sent', 'bid.accepted', 'job.created', 'invoice.created', 'invoice.sent', 'payment.received']))
    expect(await page.getByTestId('customer-timeline').textContent()).toContain('$500.00')
    await screenshot(page, 'flow-11-customer-timeline')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('the editor’s live totals use the server’s arithmetic, rounding included', () => {
  // A seeded generator, so a failure names the same documents every run.
  let seed = 20260301
  const next = (limit: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    return Math.floor((seed / 2 ** 32) * limit)
  }
  for (let document = 0; document < 500; document++) {
    const lines = Array.from({ length: 1 + next(6) }, () => {
      const thousandths = 1 + next(50_000)
      const quantity = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`.replace(/\.?0+$/, '')
      return { quantity, unitPriceCents: next(2_000_000) }
    })
    const editorLines = lines.map((line) => editorLineTotal(line.quantity, line.unitPriceCents)!)
    expect(editorLines, `lines ${JSON.stringify(lines)}`).toEqual(lines.map((line) => serverLineTotal(line)))
    const subtotal = editorLines.reduce((sum, cents) => sum + cents, 0)
    const discount = next(subtotal + 1)
    const taxRateBps = next(10_001)
    expect(editorTotals(editorLines, discount, taxRateBps)).toEqual(serverTotals(lines, discount, taxRateBps))
  }
  expect(editorLineTotal('12.5', 333)).toBe(4163)
  expect(editorLineTotal('1.2345', 100)).toBeNull()
  expect([parsePercentToBps('6.35'), parsePercentToBps('6.355'), parsePercentToBps('101'), parsePercentToBps('0')]).toEqual([635, null, null, 0])
})

test('leads move between stages by dragging and by the menu, and losing one asks why', async () => {
  for (const [name, stage] of [['Priya Raman', 'new'], ['Tom Keller', 'contacted']] as const) {
    const created = await team.office.api.post('/leads', { name, stage, estimatedValueCents: 450_000, source: 'referral' })
    expect(created.status).toBe(201)
  }
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.office.email, PASSWORD, '/crm/leads/')
    const card = (name: string) => page.getByTestId('lead-card').filter({ hasText: name })
    const column = (stage: string) => page.getByTestId(`lead-column-${stage}`)
    await card('Priya Raman').waitFor()

    // Drag: new → qualified, and the server agrees.
    await card('Priya Raman').dragTo(column('qualified'))
    await column('qualified').getByTestId('lead-open').filter({ hasText: 'Priya Raman' }).waitFor()
    await expect.poll(async () => (await team.office.api.get('/leads?search=Priya')).body.data[0].stage, { timeout: STEP_TIMEOUT }).toBe('qualified')
    expect(await column('qualified').getByTestId('lead-column-count').textContent()).toBe('1')
    await screenshot(page, 'leads-dragged')

    // The menu, by keyboard: lost needs a reason; without one nothing moves.
    await card('Tom Keller').getByTestId('lead-move').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('lead-move-lost').waitFor()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await page.getByTestId('lead-lost-dialog-confirm').click()
    await page.getByTestId('lead-lost-dialog-error').waitFor()
    expect(await card('Tom Keller').getAttribute('data-stage')).toBe('contacted')
    await page.getByLabel('Reason').fill('Went with a cheaper quote')
    await page.getByTestId('lead-lost-dialog-confirm').click()
    await column('lost').getByText('Went with a cheaper quote').waitFor()
    expect((await team.office.api.get('/leads?search=Tom')).body.data[0]).toMatchObject({ stage: 'lost', lostReason: 'Went with a cheaper quote' })
    await screenshot(page, 'leads-lost')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('an expense with a photo receipt shows in the totals, and the report PDF downloads', async () => {
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.office.email, PASSWORD, '/crm/expenses/')
    await page.getByTestId('expenses-empty').waitFor()
    await page.getByTestId('expense-new').click()
    await page.getByTestId('expense-amount').fill('482.50')
    await page.getByTestId('expense-category').selectOption('materials')
    await page.getByTestId('expense-vendor').fill('City Electric Supply')
    await page.getByTestId('expense-receipt').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
    await page.getByTestId('expense-save').click()
    await page.getByTestId('expense-dialog').waitFor({ state: 'hidden' })
    await page.getByTestId('expense-row').filter({ hasText: 'City Electric Supply' }).waitFor()
    expect(await text(page, 'expense-row')).toContain('receipt')
    await expect.poll(() => text(page, 'expense-total-materials'), { timeout: STEP_TIMEOUT }).toContain('$482.50')
    const saved = (await team.office.api.get('/expenses')).body.data[0]
    expect(saved).toMatchObject({ amountCents: 48_250, category: 'materials', receipt: { contentType: 'image/png' } })
    await screenshot(page, 'expenses')

    await page.getByTestId('expense-report').click()
    const report = await downloadFrom(page, 'expense-report-download')
    expect(report.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)

test('a tech sees only their jobs and hours on the dashboard, and no money pages', async () => {
  const page = await openPage(browser)
  try {
    await signIn(page, server, team.tech.email, PASSWORD, '/crm/')
    await page.getByTestId('jobs-chart').waitFor()
    await page.getByTestId('tile-hours').waitFor()
    expect(await page.getByTestId('tile-revenue-month').count()).toBe(0)
    expect(await page.getByTestId('tile-outstanding').count()).toBe(0)
    expect(await page.getByTestId('revenue-chart').count()).toBe(0)
    expect(await page.getByTestId('dashboard-pdf').count()).toBe(0)
    expect(await page.getByTestId('nav-bids').count()).toBe(0)
    expect(await page.getByTestId('nav-invoices').count()).toBe(0)
    await screenshot(page, 'dashboard-tech')

    await page.goto(`${server.url}/crm/invoices/`)
    await page.getByTestId('not-for-role').waitFor()
  } finally {
    await closePage(page)
  }
}, FLOW_TIMEOUT)
