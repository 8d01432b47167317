import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { TestServer } from '../support/server'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

// Chromium from Debian, flags from DESIGN.md (no network, no background services).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** Longest wait for any one step; a flow test as a whole gets `FLOW_TIMEOUT`. */
export const STEP_TIMEOUT = 20_000
export const FLOW_TIMEOUT = 120_000

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/** A fresh browser profile (empty localStorage, so nobody is signed in) on a desktop viewport. */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return page
}

export async function closePage(page: Page) {
  await page.context().close()
}

/** Signs in through the login page and lands on `path` once the CRM shell is up. */
export async function signIn(page: Page, server: TestServer, email: string, password: string, path = '/crm/') {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(path)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL(`${server.url}${path}`)
  await page.getByTestId('crm-shell').waitFor()
}

/** Where screenshots go: WEB_SCREENSHOTS, or test-results/screenshots (ignored by git). */
export const SCREENSHOTS = process.env.WEB_SCREENSHOTS ?? 'test-results/screenshots'

/**
 * Saves a full-page screenshot of every page a browser test visits, to look at by eye, and
 * audits the page as shown: a WCAG 2.1 A/AA violation (contrast, names, labels, landmarks…)
 * fails the test with the rule and where it is.
 */
export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
  const violations = await accessibilityViolations(page)
  if (violations.length) {
    const listed = violations.map((violation) => `  ${violation.rule} (${violation.impact}): ${violation.help} — ${violation.targets.join(' | ')}\n    ${violation.detail.replaceAll('\n', ' ')}`).join('\n')
    throw new Error(`${name}: ${violations.length} accessibility rule(s) broken on ${page.url()}\n${listed}`)
  }
}

/**
 * A screenshot function for one test file: `prefix-01-name`, `prefix-02-name`, … numbered in
 * visiting order, so the folder reads as the walk through the pages.
 */
export function numberedScreenshots(prefix: string): (page: Page, name: string) => Promise<void> {
  let shot = 0
  return (page, name) => screenshot(page, `${prefix}-${String(++shot).padStart(2, '0')}-${name}`)
}

/** One WCAG 2 A/AA rule broken on a page, with where (CSS selectors of the first few nodes). */
export type AccessibilityViolation = { rule: string; impact: string | null; help: string; targets: string[]; detail: string }

/**
 * Runs axe-core (the engine behind Lighthouse's and Deque's accessibility audits) on the page
 * as it is now, for the WCAG 2.0/2.1 A and AA rules, and returns what it finds. Transitions are
 * switched off first, so nothing is measured halfway through a fade, and regions marked
 * aria-busy (dimmed while they reload) are left out.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' })
    await page.addScriptTag({ path: axePath })
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe
    const { violations } = await axe.run({ include: [['html']], exclude: [['[aria-busy="true"]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return violations.map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')), detail: violation.nodes[0]?.failureSummary ?? '' }))
  })
}
