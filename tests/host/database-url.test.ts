import { expect, test } from 'vitest'
import { startEmbeddedDatabase } from '../../db/embedded'
import { startServer } from '../../functions/server'
import { apiAs } from '../support/api'

test('with a DATABASE_URL the server uses that Postgres, migrates it once, and starts no database of its own', async () => {
  const external = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 })
  try {
    const options = { port: 0, databaseUrl: external.url, dataDir: null, embeddedDbPort: 0, seedDemo: false }
    const first = await startServer(options)
    expect(first.embedded).toBe(false)
    expect(first.databaseUrl).toBe(external.url)
    expect((await apiAs(first).get('/health')).body).toEqual({ status: 'ok', db: 'ok' })
    await first.stop()

    // A second start finds the migrations applied and changes nothing.
    const second = await startServer(options)
    expect((await apiAs(second).get('/health')).status).toBe(200)
    await second.stop()
  } finally {
    await external.stop()
  }
})
