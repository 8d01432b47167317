import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server)
})
afterAll(async () => {
  await server?.stop()
})

const roles = ['owner', 'admin', 'office', 'tech'] as const
const as = (role: (typeof roles)[number]): Account => team[role]

describe('each role’s access to customers', () => {
  test.each([
    ['owner', 200],
    ['admin', 200],
    ['office', 200],
    ['tech', 200],
  ] as const)('%s can list customers (%i)', async (role, status) => {
    expect((await as(role).api.get('/customers')).status).toBe(status)
  })

  test.each([
    ['owner', 201],
    ['admin', 201],
    ['office', 201],
    ['tech', 403],
  ] as const)('%s creating a customer gets %i', async (role, status) => {
    const response = await as(role).api.post('/customers', { name: `Made by ${role}` })
    expect(response.status).toBe(status)
    if (status === 403) {
      expect(response.body.error.code).toBe('forbidden')
      const list = await team.owner.api.get(`/customers?search=${encodeURIComponent(`Made by ${role}`)}`)
      expect(list.body.total).toBe(0)
    }
  })

  test.each([
    ['owner', 200],
    ['admin', 200],
    ['office', 200],
    ['tech', 403],
  ] as const)('%s updating a customer gets %i', async (role, status) => {
    const created = await team.owner.api.post('/customers', { name: 'Before' })
    const response = await as(role).api.patch(`/customers/${created.body.id}`, { name: 'After' })
    expect(response.status).toBe(status)
    const after = await team.owner.api.get(`/customers/${created.body.id}`)
    expect(after.body.name).toBe(status === 200 ? 'After' : 'Before')
  })

  test.each([
    ['owner', 204],
    ['admin', 204],
    ['office', 403],
    ['tech', 403],
  ] as const)('%s deleting a customer gets %i', async (role, status) => {
    const created = await team.owner.api.post('/customers', { name: `Delete by ${role}` })
    expect((await as(role).api.delete(`/customers/${created.body.id}`)).status).toBe(status)
    const after = await team.owner.api.get(`/customers/${created.body.id}`)
    expect(after.status).toBe(status === 204 ? 404 : 200)
  })
})

describe('each role’s access to the team', () => {
  test.each(roles)('%s can see the member list', async (role) => {
    const response = await as(role).api.get(`/companies/${team.companyId}/members`)
    expect(response.status).toBe(200)
    expect(response.body.data.filter((m: { status: string }) => m.status === 'active')).toHaveLength(4)
  })

  test.each([
    ['owner', 201],
    ['admin', 201],
    ['office', 403],
    ['tech', 403],
  ] as const)('%s inviting a member gets %i', async (role, status) => {
    const response = await as(role).api.post(`/companies/${team.companyId}/members`, { email: `invitee-${role}@example.com`, role: 'tech' })
    expect(response.status).toBe(status)
  })

  test('an admin cannot make someone an owner; an owner can', async () => {
    const byAdmin = await team.admin.api.post(`/companies/${team.companyId}/members`, { email: 'co-owner@example.com', role: 'owner' })
    expect(byAdmin.status).toBe(403)
    const byOwner = await team.owner.api.post(`/companies/${team.companyId}/members`, { email: 'co-owner@example.com', role: 'owner' })
    expect(byOwner.status).toBe(201)
  })
})

describe('membership lifecycle', () => {
  test('an invitation is claimed when that email signs up', async () => {
    const email = `late-joiner-${Date.now()}@example.com`
    const invite = await team.owner.api.post(`/companies/${team.companyId}/members`, { email, role: 'office' })
    expect(invite.body).toMatchObject({ status: 'invited', userId: null, role: 'office' })

    const response = await fetch(`${server.url}/auth/v1/signup`, {
      method: 'POST',
      headers: { apikey: server.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a-long-enough-password' }),
    })
    const session = (await response.json()) as { access_token: string }
    const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${session.access_token}` } })
    const body = (await me.json()) as { company: { id: string }; role: string }
    expect(body.company.id).toBe(team.companyId)
    expect(body.role).toBe('office')

    const members = await team.owner.api.get(`/companies/${team.companyId}/members`)
    const entries = members.body.data.filter((m: { email: string }) => m.email === email)
    expect(entries).toHaveLength(1)
    expect(entries[0].status).toBe('active')
  })

  test('inviting the same email twice is a conflict', async () => {
    await team.owner.api.post(`/companies/${team.companyId}/members`, { email: 'twice@example.com', role: 'tech' })
    const again = await team.owner.api.post(`/companies/${team.companyId}/members`, { email: 'TWICE@example.com', role: 'tech' })
    expect(again.status).toBe(409)
  })

  test('someone who already belongs to a company cannot be added to another', async () => {
    const other = await createTeam(server, 'Other Co')
    const response = await team.owner.api.post(`/companies/${team.companyId}/members`, { email: other.tech.email, role: 'tech' })
    expect(response.status).toBe(409)
    expect(response.body.error.message).toContain('already belongs to a company')
  })

  test('a user with no company is told to create one', async () => {
    const loner = await signUp(server, 'loner')
    const response = await loner.api.get('/customers')
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('no_company')
    const me = await loner.api.get('/me')
    expect(me.body).toMatchObject({ company: null, role: null })
  })

  test('a user who created a company cannot create a second one', async () => {
    const founder = await signUp(server, 'founder')
    const first = await founder.api.post('/companies', { name: 'First Co', trades: ['plumbing'] })
    expect(first.status).toBe(201)
    expect(first.body.id).toMatch(/^[0-9a-f-]{36}$/)
    const second = await founder.api.post('/companies', { name: 'Second Co', trades: ['plumbing'] })
    expect(second.status).toBe(409)
    const me = await founder.api.get('/me')
    expect(me.body.company.name).toBe('First Co')
    expect(me.body.role).toBe('owner')
  })
})
