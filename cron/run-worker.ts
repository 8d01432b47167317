/**
 * `npm run worker`: the pg-boss worker as its own process, for deployments where the API
 * runs on Workers (which only enqueue) or where jobs should not share the API's process.
 * The embedded default (`npm start`) runs the same worker in-process instead.
 */
import { createSql } from '../db/client'
import { createModelProvider, modelSettingsFrom } from '../functions/ai/providers/create-model-provider'
import { log } from '../functions/lib/logger'
import { startJobWorker } from './worker'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('DATABASE_URL is not set. Point it at the same Postgres the API uses (Supabase: the session pooler or direct connection).')
  process.exit(2)
}
const sql = createSql(databaseUrl)
// The same model settings the API reads (README, "Configuration"): the memory jobs ask Z's models.
const models = createModelProvider(modelSettingsFrom(process.env))
const scheduler = process.env.SCHEDULER ?? 'pg-boss'
if (scheduler !== 'pg-boss' && scheduler !== 'cloudflare') {
  console.error(`SCHEDULER must be pg-boss (the default: this worker enqueues the nightly jobs) or cloudflare (the Worker's cron triggers do), not "${scheduler}".`)
  process.exit(2)
}
const worker = await startJobWorker(sql, { models, schedule: scheduler === 'pg-boss' })
log.info('jobs.worker.started', { models: models.name, scheduler })

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log.info('jobs.worker.stopping', { signal })
  await worker.stop()
  await sql.end({ timeout: 5 })
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
