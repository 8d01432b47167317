import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin, asUser } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team
/** Linked to Priya (company a) and to Priya's record at company b. */
let priyaHome: Account
/** Linked to Sam (company a). */
let samHome: Account
let priya: string
let sam: string
let priyaAtB: string

async function newCustomer(team: Team, name: string) {
  const created = await team.office.api.post('/customers', { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com` })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id as string
}

const link = (customerId: string, userId: string) =>
  asAdmin(server, (sql) => sql`update customers set portal_user_id = ${userId} where id = ${customerId}`)

const messageCount = (threadId: string) =>
  asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from messages where thread_id = ${threadId}`)[0]!.n)

const threadCount = (customerId: string) =>
  asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from message_threads where customer_id = ${customerId}`)[0]!.n)

async function homeownerThread(home: Account, customerId: string, subject: string, body: string) {
  const started = await home.api.post(`/portal/customers/${customerId}/threads`, { subject, body })
  expect(started.status, JSON.stringify(started.body)).toBe(201)
  return started.body as { id: string; messages: { id: string; sender: string; body: string }[] }
}

beforeAll(async () => {
  // A small body limit, so a huge message is refused at the door (413) while the client is still sending.
  server = await startTestServer({ maxBodyBytes: 32 * 1024 })
  ;[a, b, priyaHome, samHome] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing'), signUp(server, 'priya'), signUp(server, 'sam')])
  ;[priya, sam, priyaAtB] = await Promise.all([newCustomer(a, 'Priya Raman'), newCustomer(a, 'Sam Ortiz'), newCustomer(b, 'Priya Raman')])
  await Promise.all([link(priya, priyaHome.userId), link(sam, samHome.userId), link(priyaAtB, priyaHome.userId)])
})
afterAll(async () => {
  await server?.stop()
})

describe('conversations between a homeowner and the contractor', () => {
  test('unread counts follow each side: homeowner writes, contractor reads and replies, homeowner reads', async () => {
    const before = (await a.office.api.get('/messages/unread-count')).body.unread as number
    const thread = await homeownerThread(priyaHome, priya, 'Breaker keeps tripping', 'The kitchen breaker tripped twice today.')
    expect(thread).toMatchObject({ subject: 'Breaker keeps tripping', jobId: null, company: { name: 'Alpha Electric' } })
    expect(thread.messages).toMatchObject([{ sender: 'homeowner', senderName: 'Priya Raman', body: 'The kitchen breaker tripped twice today.', readAt: null }])

    expect((await a.office.api.get('/messages/unread-count')).body).toEqual({ unread: before + 1 })
    const inbox = await a.owner.api.get('/messages/threads')
    expect(inbox.status).toBe(200)
    expect(inbox.body.unreadTotal).toBe(before + 1)
    const item = inbox.body.items.find((t: { id: string }) => t.id === thread.id)
    expect(item).toMatchObject({
      customer: { id: priya, name: 'Priya Raman' },
      subject: 'Breaker keeps tripping',
      unreadCount: 1,
      lastMessage: { body: 'The kitchen breaker tripped twice today.', sender: 'homeowner' },
    })
    expect(item.lastMessageAt).toBe(item.lastMessage.createdAt)

    // Reading the thread does not mark it read; the read call does, once.
    const detail = await a.office.api.get(`/messages/threads/${thread.id}`)
    expect(detail.body).toMatchObject({ id: thread.id, customer: { id: priya, name: 'Priya Raman' }, messages: [{ sender: 'homeowner', senderName: 'Priya Raman', readAt: null }] })
    expect((await a.office.api.post(`/messages/threads/${thread.id}/read`, {})).body).toEqual({ marked: 1 })
    expect((await a.office.api.post(`/messages/threads/${thread.id}/read`, {})).body).toEqual({ marked: 0 })
    expect((await a.office.api.get('/messages/unread-count')).body).toEqual({ unread: before })
    expect((await a.owner.api.get('/messages/threads')).body.items.find((t: { id: string }) => t.id === thread.id).unreadCount).toBe(0)

    const reply = await a.office.api.post(`/messages/threads/${thread.id}/messages`, { body: 'We can come Thursday at 9.' })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body).toMatchObject({ sender: 'contractor', senderName: a.office.email, body: 'We can come Thursday at 9.', readAt: null })
    const [stored] = await asAdmin(server, (sql) => sql`select sender_user_id from messages where id = ${reply.body.id}`)
    expect(stored!.sender_user_id).toBe(a.office.userId)
    // The contractor's own reply is not unread for the contractor.
    expect((await a.office.api.get('/messages/unread-count')).body).toEqual({ unread: before })

    const portalList = await priyaHome.api.get(`/portal/customers/${priya}/threads`)
    expect(portalList.status).toBe(200)
    expect(portalList.body).toEqual([
      {
        id: thread.id,
        subject: 'Breaker keeps tripping',
        jobId: null,
        lastMessageAt: reply.body.createdAt,
        unreadCount: 1,
        lastMessage: { body: 'We can come Thursday at 9.', sender: 'contractor', createdAt: reply.body.createdAt },
      },
    ])
    const portalDetail = await priyaHome.api.get(`/portal/threads/${thread.id}`)
    expect(portalDetail.body.messages.map((m: { sender: string; senderName: string }) => [m.sender, m.senderName])).toEqual([
      ['homeowner', 'Priya Raman'],
      ['contractor', 'Alpha Electric'],
    ])
    expect(portalDetail.body.messages[0].readAt).not.toBeNull()
    expect((await priyaHome.api.post(`/portal/threads/${thread.id}/read`, {})).body).toEqual({ marked: 1 })
    expect((await priyaHome.api.get(`/portal/customers/${priya}/threads`)).body[0].unreadCount).toBe(0)
    const seen = await a.office.api.get(`/messages/threads/${thread.id}`)
    expect(seen.body.messages[1].readAt).not.toBeNull()

    const more = await priyaHome.api.post(`/portal/threads/${thread.id}/messages`, { body: 'Thursday works.' })
    expect(more.status).toBe(201)
    expect(more.body).toMatchObject({ sender: 'homeowner', senderName: 'Priya Raman', body: 'Thursday works.' })
    expect((await a.office.api.get('/messages/unread-count')).body).toEqual({ unread: before + 1 })

    const audit = await asAdmin(server, (sql) => sql`select action, actor_user_id from audit_log where entity_id = ${thread.id} order by created_at, action`)
    expect(audit.map((r) => [r.action, r.actor_user_id])).toEqual([
      ['message_thread.create', priyaHome.userId],
      ['message.send', a.office.userId],
      ['message.send', priyaHome.userId],
    ])
  })

  test('the contractor starts a thread with a customer who has no portal access; once linked, they read it', async () => {
    const lee = await newCustomer(a, 'Lee Park')
    const started = await a.admin.api.post('/messages/threads', { customerId: lee, subject: 'Your permit', body: 'The permit came through.' })
    expect(started.status, JSON.stringify(started.body)).toBe(201)
    expect(started.body).toMatchObject({
      customer: { id: lee, name: 'Lee Park' },
      subject: 'Your permit',
      jobId: null,
      messages: [{ sender: 'contractor', senderName: a.admin.email, body: 'The permit came through.', readAt: null }],
    })

    const leeHome = await signUp(server, 'lee')
    expect((await leeHome.api.get(`/portal/customers/${lee}/threads`)).status).toBe(404)
    expect((await leeHome.api.get(`/portal/threads/${started.body.id}`)).status).toBe(404)
    await link(lee, leeHome.userId)
    const list = await leeHome.api.get(`/portal/customers/${lee}/threads`)
    expect(list.body).toMatchObject([{ id: started.body.id, subject: 'Your permit', unreadCount: 1, lastMessage: { sender: 'contractor' } }])
    const detail = await leeHome.api.get(`/portal/threads/${started.body.id}`)
    expect(detail.body).toMatchObject({ company: { name: 'Alpha Electric' }, messages: [{ sender: 'contractor', senderName: 'Alpha Electric', body: 'The permit came through.' }] })
    // The member's email is for the contractor's inbox, not the homeowner.
    expect(JSON.stringify(detail.body)).not.toContain(a.admin.email)
  })

  test('the inbox filters by unread and by subject or customer name', async () => {
    const unreadThread = await homeownerThread(samHome, sam, 'Gutter question', 'Do you do gutters?')
    const quiet = await a.office.api.post('/messages/threads', { customerId: sam, subject: 'Invoice 1042', body: 'Here is your invoice.' })
    expect(quiet.status).toBe(201)

    const unread = await a.office.api.get('/messages/threads?unread=true')
    const unreadIds = unread.body.items.map((t: { id: string }) => t.id)
    expect(unreadIds).toContain(unreadThread.id)
    expect(unreadIds).not.toContain(quiet.body.id)
    expect(unread.body.items.every((t: { unreadCount: number }) => t.unreadCount > 0)).toBe(true)

    const bySubject = await a.office.api.get('/messages/threads?q=gutter')
    expect(bySubject.body.items.map((t: { id: string }) => t.id)).toEqual([unreadThread.id])
    const byName = await a.office.api.get(`/messages/threads?q=${encodeURIComponent('ortiz')}`)
    expect(byName.body.items.map((t: { id: string }) => t.id).sort()).toEqual([unreadThread.id, quiet.body.id].sort())
    // Most recent activity first.
    expect(byName.body.items[0].id).toBe(quiet.body.id)
    expect((await a.office.api.get('/messages/threads?q=%25')).body.items).toEqual([])
    expect((await a.office.api.get('/messages/threads?unread=maybe')).status).toBe(422)
  })

  test('a homeowner with two contractors sees each conversation only under its own relationship', async () => {
    const atB = await homeownerThread(priyaHome, priyaAtB, 'Water heater', 'It makes a banging noise.')
    expect(atB).toMatchObject({ company: { name: 'Bravo Plumbing' } })
    const atA = (await priyaHome.api.get(`/portal/customers/${priya}/threads`)).body.map((t: { id: string }) => t.id)
    expect(atA).not.toContain(atB.id)
    expect((await priyaHome.api.get(`/portal/customers/${priyaAtB}/threads`)).body.map((t: { id: string }) => t.id)).toEqual([atB.id])
    expect((await b.office.api.get('/messages/threads')).body.items.map((t: { id: string }) => t.id)).toEqual([atB.id])
    expect((await a.office.api.get('/messages/threads')).body.items.map((t: { id: string }) => t.id)).not.toContain(atB.id)
  })
})

describe('bad input', () => {
  test('HTML is kept as the literal text it is; surrounding whitespace is trimmed', async () => {
    const html = '<script>alert("hi")</script><b>bold</b> & done'
    const thread = await homeownerThread(priyaHome, priya, '<i>Subject</i>', `  ${html}\n`)
    expect(thread.messages[0]!.body).toBe(html)
    expect((await priyaHome.api.get(`/portal/threads/${thread.id}`)).body).toMatchObject({ subject: '<i>Subject</i>', messages: [{ body: html }] })
    expect((await a.office.api.get(`/messages/threads/${thread.id}`)).body.messages[0].body).toBe(html)
    const [row] = await asAdmin(server, (sql) => sql`select body from messages where thread_id = ${thread.id}`)
    expect(row!.body).toBe(html)
  })

  test('empty, too long and huge messages are refused and nothing is written', async () => {
    const thread = await homeownerThread(priyaHome, priya, 'Sizes', 'first')
    const threadsBefore = await threadCount(priya)
    const cases: [Record<string, unknown>, number, string][] = [
      [{ body: '' }, 422, 'body'],
      [{ body: '   \n  ' }, 422, 'body'],
      [{ body: 'x'.repeat(5001) }, 422, 'body'],
      [{ body: 42 }, 422, 'body'],
      [{}, 422, 'body'],
      [{ body: 'ok', sender: 'contractor' }, 422, '(body)'],
    ]
    for (const [body, status, path] of cases) {
      for (const [api, url] of [
        [priyaHome.api, `/portal/threads/${thread.id}/messages`],
        [a.office.api, `/messages/threads/${thread.id}/messages`],
      ] as const) {
        const response = await api.post(url, body)
        expect(response.status, `${url} ${JSON.stringify(body).slice(0, 60)}`).toBe(status)
        expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path)
      }
    }
    expect((await priyaHome.api.post(`/portal/threads/${thread.id}/messages`, { body: 'x'.repeat(5000) })).status).toBe(201)

    const huge = await priyaHome.api.post(`/portal/threads/${thread.id}/messages`, { body: 'x'.repeat(40 * 1024) })
    expect(huge.status).toBe(413)
    expect(huge.body.error.code).toBe('payload_too_large')
    const hugeStaff = await a.office.api.post(`/messages/threads/${thread.id}/messages`, { body: 'x'.repeat(40 * 1024) })
    expect(hugeStaff.status).toBe(413)
    expect(await messageCount(thread.id)).toBe(2)

    for (const body of [{ subject: '', body: 'hi' }, { subject: 's'.repeat(201), body: 'hi' }, { subject: 'ok', body: '' }, { subject: 'ok' }]) {
      const response = await priyaHome.api.post(`/portal/customers/${priya}/threads`, body)
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(422)
      const staff = await a.office.api.post('/messages/threads', { customerId: priya, ...body })
      expect(staff.status).toBe(422)
    }
    expect((await a.office.api.post('/messages/threads', { customerId: 'nope', subject: 'x', body: 'y' })).status).toBe(422)
    expect((await priyaHome.api.get('/portal/threads/not-a-uuid')).status).toBe(422)
    expect(await threadCount(priya)).toBe(threadsBefore)
  })
})

describe('who may read and write what', () => {
  test('a homeowner cannot reach another homeowner’s or another company’s threads, and nothing is written', async () => {
    const priyaThread = await homeownerThread(priyaHome, priya, 'Private', 'Only for Alpha.')
    const bThread = await b.office.api.post('/messages/threads', { customerId: priyaAtB, subject: 'From Bravo', body: 'Hello from Bravo.' })
    expect(bThread.status).toBe(201)
    const before = await Promise.all([messageCount(priyaThread.id), messageCount(bThread.body.id), threadCount(priya)])

    for (const threadId of [priyaThread.id, bThread.body.id]) {
      expect((await samHome.api.get(`/portal/threads/${threadId}`)).status).toBe(404)
      expect((await samHome.api.post(`/portal/threads/${threadId}/messages`, { body: 'Sneaky' })).status).toBe(404)
      expect((await samHome.api.post(`/portal/threads/${threadId}/read`, {})).status).toBe(404)
    }
    expect((await samHome.api.get(`/portal/customers/${priya}/threads`)).status).toBe(404)
    expect((await samHome.api.post(`/portal/customers/${priya}/threads`, { subject: 'Hi', body: 'Me again' })).status).toBe(404)
    // A contractor's own staff are not homeowners: the portal routes give them nothing either.
    expect((await a.owner.api.get(`/portal/threads/${priyaThread.id}`)).status).toBe(404)
    expect((await a.owner.api.post(`/portal/threads/${priyaThread.id}/messages`, { body: 'As homeowner?' })).status).toBe(404)

    expect(await Promise.all([messageCount(priyaThread.id), messageCount(bThread.body.id), threadCount(priya)])).toEqual(before)
    const sneaky = await asAdmin(server, (sql) => sql`select 1 from messages where body in ('Sneaky', 'As homeowner?')`)
    expect(sneaky).toHaveLength(0)
    // Raw SQL as Sam sees none of Priya's threads or messages.
    const seen = await asUser(server, samHome.userId, async (sql) => ({
      threads: await sql`select id from message_threads where id in (${priyaThread.id}, ${bThread.body.id})`,
      messages: await sql`select id from messages where thread_id in (${priyaThread.id}, ${bThread.body.id})`,
    }))
    expect(seen).toEqual({ threads: [], messages: [] })
    expect((await samHome.api.get('/portal/threads/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await priyaHome.api.get('/portal/threads/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  test('with raw SQL a homeowner can write only as themself, and can mark read only through the function', async () => {
    const thread = await homeownerThread(priyaHome, priya, 'Raw', 'hello')
    const samThread = await homeownerThread(samHome, sam, 'Sam raw', 'hi')
    const reply = await a.office.api.post(`/messages/threads/${thread.id}/messages`, { body: 'Contractor words.' })

    const attempts: [string, (sql: any) => Promise<unknown>][] = [
      ['as contractor', (sql) => sql`insert into messages (company_id, thread_id, sender, sender_user_id, body) values (${a.companyId}, ${thread.id}, 'contractor', ${priyaHome.userId}, 'fake')`],
      ['as system', (sql) => sql`insert into messages (company_id, thread_id, sender, sender_user_id, body) values (${a.companyId}, ${thread.id}, 'system', ${priyaHome.userId}, 'fake')`],
      ['as someone else', (sql) => sql`insert into messages (company_id, thread_id, sender, sender_user_id, body) values (${a.companyId}, ${thread.id}, 'homeowner', ${samHome.userId}, 'fake')`],
      ['already read', (sql) => sql`insert into messages (company_id, thread_id, sender, sender_user_id, body, read_at) values (${a.companyId}, ${thread.id}, 'homeowner', ${priyaHome.userId}, 'fake', now())`],
      ['into Sam’s thread', (sql) => sql`insert into messages (company_id, thread_id, sender, sender_user_id, body) values (${a.companyId}, ${samThread.id}, 'homeowner', ${priyaHome.userId}, 'fake')`],
      ['under another company', (sql) => sql`insert into messages (company_id, thread_id, sender, sender_user_id, body) values (${b.companyId}, ${thread.id}, 'homeowner', ${priyaHome.userId}, 'fake')`],
      ['a thread for Sam', (sql) => sql`insert into message_threads (company_id, customer_id, subject) values (${a.companyId}, ${sam}, 'fake')`],
      ['a thread in the wrong company', (sql) => sql`insert into message_threads (company_id, customer_id, subject) values (${b.companyId}, ${priya}, 'fake')`],
    ]
    for (const [label, attempt] of attempts) {
      const error = await asUser(server, priyaHome.userId, attempt).then(
        () => null,
        (e: { code?: string }) => e,
      )
      expect(error?.code, label).toBe('42501')
    }
    expect(await asAdmin(server, (sql) => sql`select 1 from messages where body = 'fake' union all select 1 from message_threads where subject = 'fake'`)).toHaveLength(0)

    // Editing or marking the contractor's message directly changes nothing.
    const changed = await asUser(server, priyaHome.userId, async (sql) => [
      (await sql`update messages set body = 'edited' where id = ${reply.body.id}`).count,
      (await sql`update messages set read_at = now() where id = ${reply.body.id}`).count,
      (await sql`delete from messages where id = ${reply.body.id}`).count,
      (await sql`update message_threads set subject = 'edited' where id = ${thread.id}`).count,
    ])
    expect(changed).toEqual([0, 0, 0, 0])
    const marked = await asUser(server, priyaHome.userId, async (sql) => (await sql`select public.portal_mark_thread_read(${thread.id}) as n`)[0]!.n)
    expect(marked).toBe(1)
    const foreign = await asUser(server, priyaHome.userId, (sql) => sql`select public.portal_mark_thread_read(${samThread.id})`).then(
      () => null,
      (e: { code?: string }) => e.code,
    )
    expect(foreign).toBe('ZP404')
    const [row] = await asAdmin(server, (sql) => sql`select body, read_at from messages where id = ${reply.body.id}`)
    expect(row).toEqual({ body: 'Contractor words.', read_at: null })
    // Sam's own message stays unread for the contractor: the function marks only the other side's.
    expect((await a.office.api.get(`/messages/threads/${samThread.id}`)).body.messages[0].readAt).toBeNull()
  })

  test('techs get 403 on the inbox; another company’s threads are 404 and untouched', async () => {
    const thread = await homeownerThread(priyaHome, priya, 'Staff only', 'For the office.')
    for (const [method, path] of [
      ['GET', '/messages/threads'],
      ['GET', '/messages/unread-count'],
      ['GET', `/messages/threads/${thread.id}`],
      ['POST', '/messages/threads'],
      ['POST', `/messages/threads/${thread.id}/messages`],
      ['POST', `/messages/threads/${thread.id}/read`],
    ] as const) {
      const response = await a.tech.api.call(method, path, method === 'POST' ? { customerId: priya, subject: 's', body: 'b' } : undefined)
      expect(response.status, `${method} ${path}`).toBe(403)
      expect(response.body.error.code).toBe('forbidden')
    }

    const before = await messageCount(thread.id)
    expect((await b.owner.api.get(`/messages/threads/${thread.id}`)).status).toBe(404)
    expect((await b.owner.api.post(`/messages/threads/${thread.id}/messages`, { body: 'Wrong company' })).status).toBe(404)
    expect((await b.owner.api.post(`/messages/threads/${thread.id}/read`, {})).status).toBe(404)
    expect((await b.owner.api.get('/messages/threads')).body.items.map((t: { id: string }) => t.id)).not.toContain(thread.id)
    expect(await messageCount(thread.id)).toBe(before)
    const [unread] = await asAdmin(server, (sql) => sql`select read_at from messages where thread_id = ${thread.id}`)
    expect(unread!.read_at).toBeNull()

    const foreignCustomer = await b.owner.api.post('/messages/threads', { customerId: priya, subject: 'Hi', body: 'Hello' })
    expect(foreignCustomer.status).toBe(422)
    expect(foreignCustomer.body.error.details).toEqual([{ path: 'customerId', message: expect.any(String) }])
    expect(await asAdmin(server, (sql) => sql`select 1 from message_threads where customer_id = ${priya} and company_id = ${b.companyId}`)).toHaveLength(0)
  })

  test('without a sign-in every route is 401', async () => {
    for (const path of ['/messages/threads', `/portal/customers/${priya}/threads`, '/portal/threads/00000000-0000-4000-8000-000000000000']) {
      const response = await fetch(`${server.url}/api/v1${path}`)
      expect(response.status, path).toBe(401)
    }
  })
})
