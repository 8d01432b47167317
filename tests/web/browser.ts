import { mkdir } from 'node:fs/promises'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { TestServer } from '../support/server'

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

/** Saves a full-page screenshot of every page a browser test visits, to look at by eye. */
export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/**
 * A screenshot function for one test file: `prefix-01-name`, `prefix-02-name`, … numbered in
 * visiting order, so the folder reads as the walk through the pages.
 */
export function numberedScreenshots(prefix: string): (page: Page, name: string) => Promise<void> {
  let shot = 0
  return (page, name) => screenshot(page, `${prefix}-${String(++shot).padStart(2, '0')}-${name}`)
}
