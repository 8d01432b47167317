import { afterAll, beforeAll, expect, test } from 'vitest'
import { createTeam } from './support/api'
import { startTestServer, type TestServer } from './support/server'

let server: TestServer
beforeAll(async () => { server = await startTestServer() })
afterAll(async () => { await server?.stop() })

test('team works', async () => {
  const t0 = Date.now()
  const team = await createTeam(server)
  console.log('team in', Date.now() - t0)
  const me = await team.tech.api.get('/me')
  expect(me.body.role).toBe('tech')
})
