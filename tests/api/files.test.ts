import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Team } from '../support/api'
import { tinyPng } from '../support/files'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Logo Electric'), createTeam(server, 'Rival Plumbing')])
})
afterAll(() => server?.stop())

describe('company logo and file downloads', () => {
  test('an owner uploads a logo that every member can download, and no other company can', async () => {
    const uploaded = await team.owner.api.upload(`/companies/${team.companyId}/logo`, tinyPng, 'logo.png', 'image/png')
    expect(uploaded.status).toBe(200)
    expect(uploaded.body.logoUrl).toMatch(/^\/api\/v1\/files\/[0-9a-f-]{36}$/)
    const path = uploaded.body.logoUrl.replace('/api/v1', '')

    for (const member of [team.owner, team.office, team.tech]) {
      const response = await member.api.raw('GET', path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(tinyPng)
    }
    expect((await rival.owner.api.raw('GET', path)).status).toBe(404)
    expect((await team.owner.api.get('/me')).body.company.logoUrl).toBe(uploaded.body.logoUrl)
  })

  test('replacing the logo removes the previous file; removing it clears logoUrl', async () => {
    const first = await team.owner.api.upload(`/companies/${team.companyId}/logo`, tinyPng, 'a.png', 'image/png')
    const second = await team.owner.api.upload(`/companies/${team.companyId}/logo`, tinyPng, 'b.png', 'image/png')
    expect(second.body.logoUrl).not.toBe(first.body.logoUrl)
    expect((await team.owner.api.raw('GET', first.body.logoUrl.replace('/api/v1', ''))).status).toBe(404)

    const removed = await team.owner.api.delete(`/companies/${team.companyId}/logo`)
    expect(removed.status).toBe(200)
    expect(removed.body.logoUrl).toBeNull()
    expect((await team.owner.api.raw('GET', second.body.logoUrl.replace('/api/v1', ''))).status).toBe(404)
  })

  test('office and tech cannot change the logo, and another company cannot either', async () => {
    for (const member of [team.office, team.tech]) {
      expect((await member.api.upload(`/companies/${team.companyId}/logo`, tinyPng, 'x.png', 'image/png')).status).toBe(403)
    }
    expect((await rival.owner.api.upload(`/companies/${team.companyId}/logo`, tinyPng, 'x.png', 'image/png')).status).toBe(404)
  })

  test('a logo of the wrong type, an empty file or a missing file field is refused with what to send', async () => {
    const svg = await team.owner.api.upload(`/companies/${team.companyId}/logo`, new TextEncoder().encode('<svg/>'), 'x.svg', 'image/svg+xml')
    expect(svg.status).toBe(422)
    expect(svg.body.error.message).toContain('image/png')
    const empty = await team.owner.api.upload(`/companies/${team.companyId}/logo`, new Uint8Array(), 'x.png', 'image/png')
    expect(empty.status).toBe(422)
    const noFile = await team.owner.api.raw('POST', `/companies/${team.companyId}/logo`, { body: new FormData() })
    expect(noFile.status).toBe(422)
    expect((await team.owner.api.get('/me')).body.company.logoUrl).toBeNull()
  })

  test('the logo cannot be deleted as a loose file: it is removed in Settings', async () => {
    const uploaded = await team.owner.api.upload(`/companies/${team.companyId}/logo`, tinyPng, 'logo.png', 'image/png')
    const path = uploaded.body.logoUrl.replace('/api/v1', '')
    const refused = await team.owner.api.delete(path)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toContain('Settings')
    expect((await team.owner.api.raw('GET', path)).status).toBe(200)
  })

  test('an unknown file id is not found', async () => {
    expect((await team.owner.api.raw('GET', '/files/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })
})
