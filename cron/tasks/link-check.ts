import type { Sql } from '../../db/client'
import { scheduleOf } from './schedules'
import type { ScheduledTask, TaskContext, TaskResult } from './scheduled-task'

export const LINK_CHECK_TASK = 'check_code_links'

export type LinkCheckOptions = {
  /** How links are fetched (tests serve their own answers; there is no network there). */
  fetch?: typeof fetch
  /** Each link's time limit, HEAD and GET together. */
  timeoutMs?: number
  /** Links checked at once: few, so no publisher sees a burst. */
  concurrency?: number
}

type Outcome = { ok: boolean; detail: string }

/** What went wrong, with the network's reason (Node's fetch puts it in `cause`: "fetch failed: getaddrinfo ENOTFOUND ..."). */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? error.cause.message : undefined
  return cause ? `${error.message}: ${cause}` : error.message
}

/**
 * HEAD, then GET when the server does not take HEAD (405, 501). Redirects are followed; a
 * final 2xx is `ok`, anything else `broken` with the status, a network failure or timeout
 * `broken` with what went wrong.
 */
async function checkLink(url: string, fetchFn: typeof fetch, timeoutMs: number): Promise<Outcome> {
  const signal = AbortSignal.timeout(timeoutMs)
  const headers = { 'user-agent': 'ZAFTO code reference link check' }
  try {
    let response = await fetchFn(url, { method: 'HEAD', redirect: 'follow', headers, signal })
    if (response.status === 405 || response.status === 501) {
      await response.body?.cancel()
      response = await fetchFn(url, { method: 'GET', redirect: 'follow', headers, signal })
    }
    await response.body?.cancel()
    return { ok: response.ok, detail: `HTTP ${response.status}` }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || (error.name === 'AbortError' && signal.aborted))
    return { ok: false, detail: timedOut ? `No answer within ${timeoutMs / 1000} s` : messageOf(error).slice(0, 300) }
  }
}

/**
 * Checks every distinct deep link of `code_references` and stores each one's outcome
 * (`link_status` ok | broken, `link_detail`, `link_checked_at`) as soon as it is known, with
 * `{ processed, total }` progress in the run's log row.
 */
export async function checkCodeReferenceLinks(sql: Sql, context: Pick<TaskContext, 'progress'>, options: LinkCheckOptions = {}): Promise<TaskResult> {
  const { fetch: fetchFn = fetch, timeoutMs = 10_000, concurrency = 4 } = options
  const urls = (await sql<{ url: string }[]>`select distinct deep_link_url as url from public.code_references order by 1`).map((row) => row.url)
  const counts = { processed: 0, total: urls.length, ok: 0, broken: 0 }
  // Progress writes go one after another, so a slower write never replaces a later figure.
  let reported = Promise.resolve()
  const report = () => {
    const snapshot = { ...counts }
    reported = reported.then(() => context.progress?.(snapshot))
    return reported
  }
  await report()
  let next = 0
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++]!
      const outcome = await checkLink(url, fetchFn, timeoutMs)
      await sql`
        update public.code_references
        set link_status = ${outcome.ok ? 'ok' : 'broken'}, link_detail = ${outcome.detail}, link_checked_at = now()
        where deep_link_url = ${url}`
      counts.processed++
      counts[outcome.ok ? 'ok' : 'broken']++
      await report()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker))
  return { rowsRead: urls.length, details: counts }
}

/** The weekly link check as a task; `options` replace the network and limits (tests). */
export const createLinkCheckTask = (options: LinkCheckOptions = {}): ScheduledTask => ({
  name: LINK_CHECK_TASK,
  schedule: scheduleOf(LINK_CHECK_TASK),
  summary: "Checks every code reference's deep link (HEAD, else GET; 10 s each, 4 at a time) and records ok or broken.",
  run: (sql, context) => checkCodeReferenceLinks(sql, context, options),
})

export const linkCheckTask = createLinkCheckTask()
