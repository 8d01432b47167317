import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { handleError } from '../lib/app'
import type { AppEnv } from '../lib/context'

const pending = new WeakMap<Context, (() => Promise<void>)[]>()

/**
 * Runs `work` once the ops request's transaction has committed, and only if the request
 * succeeded: what `zafto_ops` may not do, or may not do while its transaction is open (the
 * embedded database runs one transaction at a time), through the service connection or the
 * job queue: delivering an email, resolving a correction in someone's memory, enqueueing a
 * run. If `work` fails, the response becomes that error (the audit row stays: it records the
 * attempt). Needs runAfterCommit around the transaction.
 *
 * @example afterCommit(c, () => tellCorrectionOutcome({ db: c.get('services').db, mailer, notice }))
 */
export function afterCommit(c: Context<AppEnv>, work: () => Promise<void>): void {
  const queue = pending.get(c)
  if (!queue) throw new Error('afterCommit needs the runAfterCommit middleware around the ops transaction')
  queue.push(work)
}

/** Put before opsTransaction: after it has committed, runs what afterCommit queued, in order; the first failure is the answer. */
export const runAfterCommit = createMiddleware<AppEnv>(async function runAfterCommit(c, next) {
  const queue: (() => Promise<void>)[] = []
  pending.set(c, queue)
  await next()
  if (c.error || c.res.status >= 400) return
  for (const work of queue) {
    try {
      await work()
    } catch (error) {
      // handleError logs what is not the caller's to fix.
      c.res = handleError(error, c)
      return
    }
  }
})
