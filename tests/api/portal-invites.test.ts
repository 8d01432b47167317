import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hashRefreshToken } from '../../functions/auth/tokens'
import { apiAs, createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team
let customerId: string
let rivalCustomerId: string

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Northline Plumbing'), createTeam(server, 'Rival Roofing')])
  customerId = (await team.owner.api.post('/customers', { name: 'Dana Whitfield', email: 'dana@example.com' })).body.id
  rivalCustomerId = (await rival.owner.api.post('/customers', { name: 'Rival Customer' })).body.id
})
afterAll(async () => {
  await server?.stop()
})

const newCustomer = async (name: string) => (await team.owner.api.post('/customers', { name })).body.id as string

/** Invites `email` to `customer` as the office and returns the invitation with the token from the outbox email. */
async function invite(customer: string, email: string) {
  const response = await team.office.api.post(`/customers/${customer}/portal-invite`, { email })
  expect(response.status).toBe(201)
  const [latest] = (await team.office.api.get('/outbox?pageSize=1')).body.data
  const email_ = (await team.office.api.get(`/outbox/${latest.id}`)).body
  const link = /https?:\/\/\S+\/portal\/join\/\?invite=\S+/.exec(email_.bodyText)?.[0]
  return { invitation: response.body, email: email_, link: link!, token: new URL(link!).searchParams.get('invite')! }
}

const claim = (account: Account, token: string) => account.api.post('/portal/claim', { token })

const auditActions = (entityId: string) =>
  asAdmin(server, (sql) => sql<{ action: string; actor_user_id: string; company_id: string; changes: Record<string, unknown> }[]>`
    select action, actor_user_id, company_id, changes from audit_log where entity_id = ${entityId} and action like 'portal.%' order by created_at, id`)

describe('inviting a customer to the client portal', () => {
  test('the office invites by email: a 14-day pending invitation, the link only in the outbox email, only its hash stored, audited', async () => {
    const before = Date.now()
    const { invitation, email, link, token } = await invite(customerId, 'Dana.W@Example.com')
    expect(invitation).toEqual({ id: expect.any(String), email: 'dana.w@example.com', status: 'pending', expiresAt: expect.any(String), createdAt: expect.any(String) })
    const days = (Date.parse(invitation.expiresAt) - before) / 86_400_000
    expect(days).toBeGreaterThan(13.99)
    expect(days).toBeLessThan(14.01)

    expect(email).toMatchObject({ to: 'dana.w@example.com', subject: 'Northline Plumbing invited you to your client portal', status: 'sent', attachments: [] })
    expect(link.startsWith(`${server.url}/portal/join/?invite=`)).toBe(true)
    // 32 random bytes, base64url.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)

    const [stored] = await asAdmin(server, (sql) => sql<{ token_hash: string; invited_by: string }[]>`select token_hash, invited_by from portal_invitations where id = ${invitation.id}`)
    expect(stored).toEqual({ token_hash: await hashRefreshToken(token), invited_by: team.office.userId })
    const [leaks] = await asAdmin(server, (sql) => sql<{ n: number }[]>`
      select count(*)::int as n from portal_invitations where token_hash = ${token} or email = ${token}`)
    expect(leaks!.n).toBe(0)

    const audit = await auditActions(customerId)
    expect(audit.at(-1)).toMatchObject({ action: 'portal.invite', actor_user_id: team.office.userId, company_id: team.companyId, changes: { invitationId: invitation.id, email: 'dana.w@example.com' } })
  })

  test('the invited person signs in with that address and claims the link: linked, audited, and opening it again is fine', async () => {
    const homeowner = await signUp(server, 'dana')
    const customer = await newCustomer('Claim Customer')
    const { invitation, token } = await invite(customer, homeowner.email)

    const claimed = await claim(homeowner, token)
    expect(claimed.status).toBe(200)
    expect(claimed.body).toEqual({ customerId: customer, companyName: 'Northline Plumbing' })
    const [row] = await asAdmin(server, (sql) => sql<{ portal_user_id: string }[]>`select portal_user_id from customers where id = ${customer}`)
    expect(row!.portal_user_id).toBe(homeowner.userId)

    const audit = await auditActions(customer)
    expect(audit.map((a) => a.action)).toEqual(['portal.invite', 'portal.invitation_claimed'])
    expect(audit[1]).toMatchObject({ actor_user_id: homeowner.userId, company_id: team.companyId, changes: { invitationId: invitation.id } })

    const again = await claim(homeowner, token)
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ customerId: customer, companyName: 'Northline Plumbing' })

    const list = await team.office.api.get(`/customers/${customer}/portal-invites`)
    expect(list.status).toBe(200)
    expect(list.body).toEqual({
      linked: true,
      linkedEmail: homeowner.email,
      items: [{ id: invitation.id, email: homeowner.email, status: 'claimed', expiresAt: invitation.expiresAt, createdAt: invitation.createdAt, claimedAt: expect.any(String) }],
    })
    const me = await homeowner.api.get('/portal/me')
    expect(me.body.relationships).toEqual([
      { customerId: customer, customerName: 'Claim Customer', company: expect.objectContaining({ id: team.companyId, name: 'Northline Plumbing', logoUrl: null, trades: ['electrical'] }) },
    ])
  })

  test('a link already used is refused to anyone else (409), and they are linked to nothing', async () => {
    const [first, second] = await Promise.all([signUp(server, 'first'), signUp(server, 'second')])
    const customer = await newCustomer('Used Link')
    const { token } = await invite(customer, first.email)
    expect((await claim(first, token)).status).toBe(200)
    const reused = await claim(second, token)
    expect(reused.status).toBe(409)
    expect(reused.body.error).toMatchObject({ code: 'conflict', message: 'This invitation was already used by someone else. Ask your contractor to send you a new one.' })
    expect((await second.api.get('/portal/me')).body.relationships).toEqual([])
  })

  test('an expired link is refused (410) and links nobody', async () => {
    const homeowner = await signUp(server, 'late')
    const customer = await newCustomer('Expired Link')
    const { invitation, token } = await invite(customer, homeowner.email)
    await asAdmin(server, (sql) => sql`update portal_invitations set expires_at = now() - interval '1 minute' where id = ${invitation.id}`)
    const response = await claim(homeowner, token)
    expect(response.status).toBe(410)
    expect(response.body.error.code).toBe('gone')
    expect(response.body.error.message).toContain('expired or was withdrawn')
    const list = await team.office.api.get(`/customers/${customer}/portal-invites`)
    expect(list.body).toMatchObject({ linked: false, linkedEmail: null, items: [{ status: 'expired', claimedAt: null }] })
  })

  test('a withdrawn link is refused (410); withdrawing twice is fine; a used one cannot be withdrawn (409)', async () => {
    const homeowner = await signUp(server, 'withdrawn')
    const customer = await newCustomer('Revoked Link')
    const { invitation, token } = await invite(customer, homeowner.email)
    expect((await team.office.api.delete(`/customers/${customer}/portal-invites/${invitation.id}`)).status).toBe(204)
    expect((await team.office.api.delete(`/customers/${customer}/portal-invites/${invitation.id}`)).status).toBe(204)
    expect((await claim(homeowner, token)).status).toBe(410)
    expect((await team.office.api.get(`/customers/${customer}/portal-invites`)).body.items[0].status).toBe('revoked')
    expect((await auditActions(customer)).map((a) => a.action)).toEqual(['portal.invite', 'portal.invite_revoked'])

    const fresh = await invite(customer, homeowner.email)
    expect((await claim(homeowner, fresh.token)).status).toBe(200)
    const refused = await team.office.api.delete(`/customers/${customer}/portal-invites/${fresh.invitation.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('conflict')
  })

  test('inviting again supersedes the pending invitation: the old link stops working, the new one works', async () => {
    const homeowner = await signUp(server, 'again')
    const customer = await newCustomer('Re-invited')
    const old = await invite(customer, homeowner.email)
    const current = await invite(customer, homeowner.email)
    const list = await team.office.api.get(`/customers/${customer}/portal-invites`)
    expect(list.body.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [current.invitation.id, 'pending'],
      [old.invitation.id, 'revoked'],
    ])
    expect((await claim(homeowner, old.token)).status).toBe(410)
    expect((await claim(homeowner, current.token)).status).toBe(200)
  })

  test('someone signed in with another address is refused (403) with the invited address masked, and is not linked', async () => {
    const [invited, other] = await Promise.all([signUp(server, 'priya'), signUp(server, 'intruder')])
    const customer = await newCustomer('Other Email')
    const { token } = await invite(customer, invited.email)
    const response = await claim(other, token)
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('forbidden')
    expect(response.body.error.message).toMatch(/^This invitation was sent to p\*\*\*@test\.zafto\.test\. Sign in with that address\.$/)
    expect(response.body.error.message).not.toContain(invited.email)
    expect((await other.api.get('/portal/me')).body.relationships).toEqual([])
    // The link still works for the person it was sent to.
    expect((await claim(invited, token)).status).toBe(200)
  })

  test('a made-up token is an unknown link (404); an empty one is a 422 naming the field; no token at all is a 401', async () => {
    const someone = await signUp(server, 'guesser')
    const garbage = await claim(someone, 'not-a-real-invitation-token')
    expect(garbage.status).toBe(404)
    expect(garbage.body.error.message).toContain('This invitation link is not valid')
    const empty = await claim(someone, '')
    expect(empty.status).toBe(422)
    expect(empty.body.error.details).toEqual([{ path: 'token', message: expect.any(String) }])
    expect((await someone.api.post('/portal/claim', { token: 'x'.repeat(201) })).status).toBe(422)
    expect((await apiAs(server).post('/portal/claim', { token: 'anything' })).status).toBe(401)
  })
})

describe('who may invite', () => {
  test('a tech cannot invite, list or withdraw (403), and nothing is written', async () => {
    const count = () => asAdmin(server, (sql) => sql<{ invitations: number; outbox: number }[]>`
      select (select count(*)::int from portal_invitations) as invitations, (select count(*)::int from email_outbox) as outbox`)
    const before = await count()
    const response = await team.tech.api.post(`/customers/${customerId}/portal-invite`, { email: 'tech-invite@example.com' })
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('forbidden')
    expect((await team.tech.api.get(`/customers/${customerId}/portal-invites`)).status).toBe(403)
    expect(await count()).toEqual(before)
  })

  test('owner and admin may invite too', async () => {
    for (const account of [team.owner, team.admin]) {
      expect((await account.api.post(`/customers/${customerId}/portal-invite`, { email: 'staff-invite@example.com' })).status).toBe(201)
    }
  })

  test("another company's customer is a 404 for inviting, listing and withdrawing", async () => {
    expect((await team.office.api.post(`/customers/${rivalCustomerId}/portal-invite`, { email: 'x@example.com' })).status).toBe(404)
    expect((await team.office.api.get(`/customers/${rivalCustomerId}/portal-invites`)).status).toBe(404)
    const { invitation } = await invite(customerId, 'rival-check@example.com')
    expect((await rival.owner.api.delete(`/customers/${customerId}/portal-invites/${invitation.id}`)).status).toBe(404)
    expect((await rival.owner.api.get(`/customers/${customerId}/portal-invites`)).status).toBe(404)
    expect((await team.office.api.delete(`/customers/${customerId}/portal-invites/${invitation.id}`)).status).toBe(204)
  })

  test('bad input is a 422 with details', async () => {
    const response = await team.office.api.post(`/customers/${customerId}/portal-invite`, { email: 'not-an-email' })
    expect(response.status).toBe(422)
    expect(response.body.error.details).toEqual([{ path: 'email', message: 'Must be an email address.' }])
    const extra = await team.office.api.post(`/customers/${customerId}/portal-invite`, { email: 'a@example.com', role: 'owner' })
    expect(extra.status).toBe(422)
    expect((await team.office.api.post('/customers/not-a-uuid/portal-invite', { email: 'a@example.com' })).status).toBe(422)
    expect((await team.office.api.delete(`/customers/${customerId}/portal-invites/nope`)).status).toBe(422)
  })
})

describe('joining by signing in with an email link', () => {
  const auth = (path: string, body: unknown) =>
    fetch(`${server.url}/auth/v1${path}`, { method: 'POST', headers: { apikey: server.anonKey, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  /** Signs in with the 6-digit code of an email link (signInWithOtp + verifyOtp), as the portal's sign-in page can. */
  async function signInWithEmailCode(email: string) {
    expect((await auth(`/otp?redirect_to=${encodeURIComponent(`${server.url}/portal/`)}`, { email })).status).toBe(200)
    const page = await (await fetch(`${server.url}/auth/v1/mailbox?email=${encodeURIComponent(email)}`)).text()
    const code = /enter this code: (\d{6})/.exec(page)![1]
    const session = (await (await auth('/verify', { type: 'email', email, token: code })).json()) as { access_token: string; refresh_token: string; user: { id: string } }
    return { ...session, api: apiAs(server, session.access_token) }
  }
  const methodsOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { amr: { method: string }[] }).amr.map((claim) => claim.method)

  test('proves the invited mailbox like the link does: pending invitations to it are claimed (audited), a password sign-in claims nothing', async () => {
    const address = `join.${Date.now().toString(36)}@example.com`
    const [first, second] = [await newCustomer('Email Link One'), await newCustomer('Email Link Two')]
    await invite(first, address)
    const other = await invite(second, address)

    // A password account with the address proves nothing about the mailbox.
    const signedUp = await auth('/signup', { email: address, password: 'a-long-enough-password' })
    const password = (await signedUp.json()) as { access_token: string; user: { id: string } }
    expect(methodsOf(password.access_token)).toEqual(['password'])
    expect((await apiAs(server, password.access_token).get('/portal/me')).body.relationships).toEqual([])

    // One invitation is withdrawn; the other is still pending when they sign in with the emailed code.
    expect((await team.office.api.delete(`/customers/${second}/portal-invites/${other.invitation.id}`)).status).toBe(204)
    const linked = await signInWithEmailCode(address)
    expect(linked.user.id).toBe(password.user.id)
    expect(methodsOf(linked.access_token)).toEqual(['otp'])
    const me = (await linked.api.get('/portal/me')).body
    expect(me.relationships.map((r: { customerId: string }) => r.customerId)).toEqual([first])
    expect((await auditActions(first)).map((row) => [row.action, row.changes.by])).toContainEqual(['portal.invitation_claimed', 'email_link'])
    expect((await team.owner.api.get(`/customers/${first}/portal-invites`)).body).toMatchObject({ linked: true, linkedEmail: address })
    expect((await team.owner.api.get(`/customers/${second}/portal-invites`)).body).toMatchObject({ linked: false })

    // The sign-in method stays with the session across a refresh, as GoTrue's tokens keep it.
    const refreshed = (await (await auth('/token?grant_type=refresh_token', { refresh_token: linked.refresh_token })).json()) as { access_token: string }
    expect(methodsOf(refreshed.access_token)).toEqual(['otp'])
    // Reading again claims nothing more.
    expect((await apiAs(server, refreshed.access_token).get('/portal/me')).body.relationships).toHaveLength(1)
  })
})
