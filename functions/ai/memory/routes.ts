import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { createTenantRouter } from '../../lib/app'
import { notFound } from '../../lib/errors'
import { errorResponses, json } from '../../lib/openapi'
import { describeMemory } from './describe-memory'
import { forgetItem } from './forget-item'
import { updateMemory } from './memory-store'
import { readProfile } from './profile'

const tags = ['Z']
const security = [{ bearerAuth: [] }]

const MemoryItemSchema = z.object({
  id: z.string(),
  section: z.enum(['professional', 'communication', 'corrections', 'active_threads']),
  label: z.string(),
  text: z.string(),
  surfaced: z.boolean().openapi({ description: 'false: stored but not used by Z until it is confirmed in another conversation.' }),
  confidence: z.number().nullable(),
  reinforced: z.number().int().nullable(),
  date: z.string(),
  status: z.enum(['pending', 'confirmed', 'rejected']).optional(),
})
const PersonaMemorySchema = z.object({
  persona: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  items: z.array(MemoryItemSchema),
  meta: z.object({ total_interactions: z.number().int(), first_interaction: z.string().nullable(), topics_discussed: z.number().int(), corrections_submitted: z.number().int() }),
})
const MemoryResponse = z.object({ memories: z.array(PersonaMemorySchema) }).openapi('ZMemory')
const ItemParams = z.object({
  id: z
    .string()
    .regex(/^[a-z]{1,4}_[0-9a-z]{1,24}$/, 'Must be a memory item id from GET /ai/memory.')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'thr_1k2j3h4' }),
})

type Row = { persona: string; version: number; updated_at: string; memory_profile: unknown; company_id: string | null }

/** The caller's own memory rows (RLS: own rows only, in every persona). */
const ownRows = (tx: Tx, userId: string) =>
  tx.execute<Row>(sql`select persona, version, updated_at, memory_profile, company_id from public.ai_user_memory where user_id = ${userId}::uuid order by persona`)

/**
 * What Z remembers about me, and forgetting it (mounted at /ai/memory). Every signed-in person
 * has a memory, homeowners and platform staff too: the rows are their own under RLS.
 */
export const memoryRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'What Z remembers about me',
      description: 'Per persona, every remembered item with its id. Items Z is not yet sure of (`surfaced: false`) are stored but not used until confirmed in another conversation.',
      responses: { 200: json(MemoryResponse, 'Your memory'), ...errorResponses },
    }),
    async (c) => {
      const rows = await ownRows(c.get('tx'), c.get('user').id)
      return c.json({ memories: rows.map(describeMemory) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/',
      tags,
      security,
      summary: 'Forget me: erase everything Z remembers about me',
      description: 'Deletes your memory in every persona. Conversations and corrections you submitted are kept; Z starts learning again from your next conversations.',
      responses: { 200: json(z.object({ forgotten: z.number().int() }).openapi('ZMemoryForgotten'), 'How many personas were erased'), ...errorResponses },
    }),
    async (c) => {
      const deleted = await c.get('tx').execute(sql`delete from public.ai_user_memory where user_id = ${c.get('user').id}::uuid returning persona`)
      return c.json({ forgotten: deleted.length }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/items/{id}',
      tags,
      security,
      summary: 'Forget one remembered item',
      description: 'Removes the item and keeps Z from learning the same thing again from your conversations.',
      request: { params: ItemParams },
      responses: { 200: json(PersonaMemorySchema.openapi('ZPersonaMemory'), 'Your memory in that persona, without the item'), ...errorResponses },
    }),
    async (c) => {
      const tx = c.get('tx')
      const userId = c.get('user').id
      const { id } = c.req.valid('param')
      const row = (await ownRows(tx, userId)).find((candidate) => {
        const profile = readProfile(candidate.memory_profile)
        return profile && forgetItem(profile, id)
      })
      if (!row) throw notFound('Memory item')
      const version = await updateMemory({ db: tx, userId, companyId: row.company_id, persona: row.persona, change: (current) => forgetItem(current, id) })
      if (version === null) throw notFound('Memory item')
      const [updated] = (await ownRows(tx, userId)).filter((candidate) => candidate.persona === row.persona)
      return c.json(describeMemory(updated!), 200)
    },
  )
