import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Team } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let other: Team

beforeAll(async () => {
  server = await startTestServer()
  ;[team, other] = await Promise.all([createTeam(server, 'Admin Co'), createTeam(server, 'Other Co')])
})
afterAll(async () => {
  await server?.stop()
})

const memberId = async (email: string) => {
  const list = await team.owner.api.get(`/companies/${team.companyId}/members`)
  return list.body.data.find((m: { email: string }) => m.email === email).id as string
}

describe('company profile', () => {
  test('owners and admins update it; office and tech cannot', async () => {
    const byAdmin = await team.admin.api.patch(`/companies/${team.companyId}`, { licenseNumber: 'E1-777', trades: ['electrical', 'solar'] })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body).toMatchObject({ licenseNumber: 'E1-777', trades: ['electrical', 'solar'] })
    expect((await team.office.api.patch(`/companies/${team.companyId}`, { name: 'Renamed' })).status).toBe(403)
    expect((await team.tech.api.patch(`/companies/${team.companyId}`, { name: 'Renamed' })).status).toBe(403)
    expect((await team.tech.api.get('/me')).body.company.name).toBe('Admin Co')
  })

  test('the owner can opt out of contributing to anonymous patterns', async () => {
    const response = await team.owner.api.patch(`/companies/${team.companyId}`, { contributeToIntelligence: false })
    expect(response.body.contributeToIntelligence).toBe(false)
  })

  test('another company cannot be updated', async () => {
    expect((await team.owner.api.patch(`/companies/${other.companyId}`, { name: 'Taken' })).status).toBe(404)
    expect((await other.owner.api.get('/me')).body.company.name).toBe('Other Co')
  })
})

describe('member roles and removal', () => {
  test('an admin changes a tech to office', async () => {
    const response = await team.admin.api.patch(`/companies/${team.companyId}/members/${await memberId(team.tech.email)}`, { role: 'office' })
    expect(response.status).toBe(200)
    expect((await team.tech.api.get('/me')).body.role).toBe('office')
    await team.admin.api.patch(`/companies/${team.companyId}/members/${await memberId(team.tech.email)}`, { role: 'tech' })
  })

  test('an admin cannot demote the owner; the last owner cannot demote themself', async () => {
    const ownerId = await memberId(team.owner.email)
    expect((await team.admin.api.patch(`/companies/${team.companyId}/members/${ownerId}`, { role: 'office' })).status).toBe(403)
    const self = await team.owner.api.patch(`/companies/${team.companyId}/members/${ownerId}`, { role: 'admin' })
    expect(self.status).toBe(409)
    expect(self.body.error.message).toContain('at least one owner')
    expect((await team.owner.api.get('/me')).body.role).toBe('owner')
  })

  test('removing a member takes away their access to the company', async () => {
    const extra = await createTeam(server, 'Scratch Co')
    const id = (await extra.owner.api.get(`/companies/${extra.companyId}/members`)).body.data.find((m: { email: string }) => m.email === extra.office.email).id
    expect((await extra.office.api.get('/customers')).status).toBe(200)
    expect((await extra.admin.api.delete(`/companies/${extra.companyId}/members/${id}`)).status).toBe(204)
    const after = await extra.office.api.get('/customers')
    expect(after.status).toBe(403)
    expect(after.body.error.code).toBe('no_company')
  })

  test('a member can leave their company, and then may create their own', async () => {
    const extra = await createTeam(server, 'Leaving Co')
    const id = (await extra.admin.api.get(`/companies/${extra.companyId}/members`)).body.data.find((m: { email: string }) => m.email === extra.admin.email).id
    expect((await extra.admin.api.delete(`/companies/${extra.companyId}/members/${id}`)).status).toBe(204)
    expect((await extra.admin.api.get('/me')).body.company).toBeNull()
    expect((await extra.admin.api.post('/companies', { name: 'Spin-off', trades: ['solar'] })).status).toBe(201)
  })

  test('an invitation can be withdrawn and then is not claimed at sign-up', async () => {
    const invite = await team.owner.api.post(`/companies/${team.companyId}/members`, { email: 'withdrawn@example.com', role: 'tech' })
    expect((await team.owner.api.delete(`/companies/${team.companyId}/members/${invite.body.id}`)).status).toBe(204)
    const list = await team.owner.api.get(`/companies/${team.companyId}/members`)
    expect(list.body.data.map((m: { email: string }) => m.email)).not.toContain('withdrawn@example.com')
  })

  test('office and tech cannot change or remove members', async () => {
    const id = await memberId(team.admin.email)
    expect((await team.office.api.patch(`/companies/${team.companyId}/members/${id}`, { role: 'tech' })).status).toBe(403)
    expect((await team.tech.api.delete(`/companies/${team.companyId}/members/${id}`)).status).toBe(403)
  })

  test('another company’s member ids are not found', async () => {
    const foreign = (await other.owner.api.get(`/companies/${other.companyId}/members`)).body.data[1].id
    expect((await team.owner.api.patch(`/companies/${team.companyId}/members/${foreign}`, { role: 'tech' })).status).toBe(404)
    expect((await team.owner.api.delete(`/companies/${team.companyId}/members/${foreign}`)).status).toBe(404)
  })
})
