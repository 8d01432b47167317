import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pgBossOver, pgBossQueue } from '../../cron/queue'
import { createSql } from '../../db/client'
import { estimateTokens } from '../../functions/ai/budget'
import { mergeObservations } from '../../functions/ai/memory/merge-observations'
import { CONSOLIDATION_THRESHOLD, emptyProfile } from '../../functions/ai/memory/profile'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Layer 3 end to end with the offline provider (the embedded default): the pg-boss worker of
 * the test server learns from conversations, the dry run shows what Z remembers, corrections
 * enter memory at once, and people see and erase their own memory only.
 */

let server: TestServer
let team: Team

const ask = (account: Account, message: string, extra: Record<string, unknown> = {}) => account.api.post('/ai/chat', { message, platform: 'web_crm', ...extra })
const dryRun = (account: Account, message: string, platform = 'web_crm') => account.api.post('/ai/chat', { message, platform, dry_run: true })

type MemoryRow = { persona: string; version: number; memory_profile: any; interaction_count: number }

/** The person's memory row once the worker has written at least `version`. */
async function memoryAt(userId: string, version: number): Promise<MemoryRow> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const [row] = await asAdmin(server, (sql) => sql<MemoryRow[]>`select persona, version, memory_profile, interaction_count from ai_user_memory where user_id = ${userId}`)
    if (row && row.version >= version) return row
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`memory of ${userId} never reached version ${version}`)
}

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server, 'Memory Electric')
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

describe('learning from conversations', () => {
  test('after five messages the memory job writes a profile, a later conversation gets it in context, and the next five messages bump the version', async () => {
    expect(server.modelProvider).toBe('offline')
    const first = await ask(team.tech, "I'm studying for my master's exam and I prefer step by step answers.")
    expect(first.status).toBe(200)
    const conversation_id = first.body.conversation_id
    await ask(team.tech, 'On the 200A panel upgrade at 45 Oak Street, how do I derate 6 current-carrying conductors in 3/4 EMT?', { conversation_id })
    await ask(team.tech, 'For the panel upgrade at 45 Oak Street, what size grounding electrode conductor do I need?', { conversation_id })

    const row = await memoryAt(team.tech.userId, 1)
    expect(row).toMatchObject({ persona: 'field_tech', version: 1, interaction_count: 3 })
    const profile = row.memory_profile
    expect(profile.professional.certification_pursuit).toMatchObject({ content: "master's exam" })
    expect(profile.communication.preferred_depth).toMatchObject({ content: 'step-by-step breakdowns over quick answers' })
    expect(profile.active_threads).toEqual([expect.objectContaining({ topic: '200A panel upgrade at 45 Oak Street', key_context: expect.stringContaining('grounding electrode conductor') })])
    expect(profile.meta).toMatchObject({ total_interactions: 3, topics_discussed: 1 })

    // A new conversation days later: no conversation id, and Z still knows the job.
    const later = await dryRun(team.tech, 'hey, remember that panel job? how is the derating supposed to work again?')
    expect(later.status).toBe(200)
    expect(later.body.context.memory.active_threads[0].topic).toBe('200A panel upgrade at 45 Oak Street')
    expect(later.body.system_prompt).toContain('## What you remember about this person')
    expect(later.body.system_prompt).toContain('- 200A panel upgrade at 45 Oak Street (last discussed ')
    expect(later.body.system_prompt).toContain("Working toward: master's exam")
    expect(later.body.system_prompt).toContain('Depth they prefer: step-by-step breakdowns over quick answers')
    expect(later.body.budget.slots.find((slot: any) => slot.name === 'memory').tokens).toBeGreaterThan(0)

    await ask(team.tech, 'I always struggle with grounding electrode systems, can you explain the bonding jumper?', { conversation_id })
    await ask(team.tech, 'thanks, what about the water pipe electrode?', { conversation_id })
    const second = await memoryAt(team.tech.userId, 2)
    expect(second.memory_profile.professional.growth_areas).toEqual([expect.objectContaining({ content: 'grounding electrode systems', reinforced: 1 })])
    // Re-reading the same conversation reinforced nothing twice.
    expect(second.memory_profile.active_threads[0].reinforced).toBe(1)
    expect(second.memory_profile.professional.certification_pursuit.reinforced).toBe(1)
  })

  test('a conversation of one-off questions teaches nothing', async () => {
    const person = team.admin
    const first = await ask(person, 'what size breaker for 12 AWG copper?')
    const conversation_id = first.body.conversation_id
    await ask(person, 'and for 10 AWG?', { conversation_id })
    await ask(person, 'what about 8 AWG?', { conversation_id })
    for (let attempt = 0; attempt < 50; attempt++) {
      const [messages] = await asAdmin(server, (sql) => sql`select count(*)::int as n from ai_messages where conversation_id = ${conversation_id}`)
      if (messages!.n >= 6) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const rows = await asAdmin(server, (sql) => sql`select 1 from ai_user_memory where user_id = ${person.userId}`)
    expect(rows).toHaveLength(0)
  })
})

describe('corrections', () => {
  test('a correction is in memory at once as pending, and the next dry run tells Z to defer to it', async () => {
    const corrected = await team.office.api.post('/ai/corrections', {
      original_response: 'AFCI protection is required in all habitable rooms.',
      correction_text: 'CT adopted an exception for extending existing circuits in pre-2008 homes.',
      code_reference: 'NEC 210.12(D)',
      topic: 'CT amendment to NEC 210.12',
      severity: 'major',
    })
    expect(corrected.status).toBe(201)
    const memory = await team.office.api.get('/ai/memory')
    expect(memory.status).toBe(200)
    expect(memory.body.memories).toEqual([
      expect.objectContaining({
        persona: 'office',
        version: 1,
        items: [expect.objectContaining({ section: 'corrections', status: 'pending', surfaced: true, text: 'CT amendment to NEC 210.12: CT adopted an exception for extending existing circuits in pre-2008 homes' })],
      }),
    ])
    const { body } = await dryRun(team.office, 'do I need AFCI on a circuit I extend in a 1995 bedroom?')
    expect(body.system_prompt).toMatch(/defer to their correction for this person/)
    expect(body.system_prompt).toContain('- CT amendment to NEC 210.12 (NEC 210.12(D)): CT adopted an exception for extending existing circuits in pre-2008 homes [')
    expect(body.system_prompt).toContain('pending review]')
  })

  test('a homeowner’s correction goes to their homeowner memory, which they can read and erase', async () => {
    const homeowner = await signUp(server, 'homeowner')
    expect((await homeowner.api.post('/ai/corrections', { original_response: 'x', correction_text: 'My furnace is a heat pump, not gas.', severity: 'minor' })).status).toBe(201)
    const memory = await homeowner.api.get('/ai/memory')
    expect(memory.body.memories.map((entry: any) => entry.persona)).toEqual(['homeowner'])
    expect((await dryRun(homeowner, 'my furnace is making a banging noise', 'client_portal')).body.system_prompt).toContain('My furnace is a heat pump, not gas')
    expect((await homeowner.api.delete('/ai/memory')).body).toEqual({ forgotten: 1 })
    expect((await homeowner.api.get('/ai/memory')).body.memories).toEqual([])
  })
})

describe('seeing and erasing memory', () => {
  test('hidden items are listed as hidden and kept out of the prompt until reinforced', async () => {
    const { profile } = mergeObservations(
      emptyProfile(),
      [
        { category: 'strength', content: 'residential service changes', confidence: 0.9, source: 'seeded-1' },
        { category: 'growth_area', content: 'commercial three-phase', confidence: 0.4, source: 'seeded-1' },
      ],
      new Date(),
    )
    await asAdmin(server, (sql) => sql`
      insert into ai_user_memory (user_id, company_id, persona, memory_profile) values (${team.owner.userId}, ${team.companyId}, 'owner_admin', ${sql.json(profile as never)})`)
    const { body } = await team.owner.api.get('/ai/memory')
    const items = body.memories[0].items
    expect(items.map((item: any) => [item.label, item.text, item.surfaced])).toEqual([
      ['Strength', 'residential service changes', true],
      ['Still learning', 'commercial three-phase', false],
    ])
    const prompt = (await dryRun(team.owner, 'how do I balance a panel?')).body.system_prompt
    expect(prompt).toContain('Strong on: residential service changes')
    expect(prompt).not.toContain('three-phase')
  })

  test('one item can be forgotten; nobody else can see or delete it; "forget me" erases everything', async () => {
    const { body } = await team.tech.api.get('/ai/memory')
    const [memory] = body.memories
    const thread = memory.items.find((item: any) => item.section === 'active_threads')
    expect(thread).toMatchObject({ label: 'Active work', surfaced: true })
    expect(thread.text).toContain('200A panel upgrade at 45 Oak Street')

    expect((await team.office.api.get('/ai/memory')).body.memories.every((entry: any) => entry.items.every((item: any) => item.id !== thread.id))).toBe(true)
    expect((await team.owner.api.delete(`/ai/memory/items/${thread.id}`)).status).toBe(404)
    expect((await team.tech.api.delete('/ai/memory/items/not-an-id')).status).toBe(422)

    const forgotten = await team.tech.api.delete(`/ai/memory/items/${thread.id}`)
    expect(forgotten.status).toBe(200)
    expect(forgotten.body.version).toBe(memory.version + 1)
    expect(forgotten.body.items.some((item: any) => item.id === thread.id)).toBe(false)
    expect((await dryRun(team.tech, 'remember that panel job?')).body.system_prompt).not.toContain('45 Oak Street')
    expect((await team.tech.api.delete(`/ai/memory/items/${thread.id}`)).status).toBe(404)

    const officeBefore = (await team.office.api.get('/ai/memory')).body.memories.length
    expect((await team.tech.api.delete('/ai/memory')).body).toEqual({ forgotten: 1 })
    expect((await team.tech.api.get('/ai/memory')).body.memories).toEqual([])
    expect((await team.office.api.get('/ai/memory')).body.memories).toHaveLength(officeBefore)
    expect((await dryRun(team.tech, 'remember that panel job?')).body.context.memory).toBeNull()
    expect((await server_unauthenticated()).status).toBe(401)
  })
})

describe('weekly consolidation', () => {
  test('the consolidation job is scheduled weekly and folds redundant items of a large profile, with version + 1', async () => {
    const [schedule] = await asAdmin(server, (sql) => sql`select name, cron, options->>'tz' as tz from pgboss.schedule where name = 'consolidate_memory'`)
    expect(schedule).toEqual({ name: 'consolidate_memory', cron: '30 3 * * 0', tz: 'UTC' })
    const person = await signUp(server, 'consolidated')
    const now = new Date()
    const observations = Array.from({ length: 14 }, (_, i) => ({ category: 'strength' as const, content: `alpha${i} bravo${i} charlie${i}`, confidence: 0.9, source: `c${i}` }))
    const { profile } = mergeObservations(
      emptyProfile(),
      [...observations, { category: 'strength', content: 'commercial three-phase wiring', confidence: 0.9, source: 'a' }, { category: 'strength', content: 'commercial three-phase wiring installs panels', confidence: 0.8, source: 'b' }],
      now,
    )
    expect(estimateTokens(JSON.stringify(profile))).toBeGreaterThan(CONSOLIDATION_THRESHOLD)
    await asAdmin(server, (sql) => sql`insert into ai_user_memory (user_id, persona, memory_profile) values (${person.userId}, 'homeowner', ${sql.json(profile as never)})`)
    // Sent as the schedule would, through the app's own client (pg-boss over postgres.js).
    const sql = createSql(server.databaseUrl)
    try {
      await pgBossQueue(pgBossOver(sql)).send('consolidate_memory', {})
    } finally {
      await sql.end()
    }
    const row = await memoryAt(person.userId, 2)
    expect(row.memory_profile.professional.strengths).toHaveLength(15)
  })
})

const server_unauthenticated = () => fetch(`${server.url}/api/v1/ai/memory`)
