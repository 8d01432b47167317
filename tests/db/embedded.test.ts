import postgres from 'postgres'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../db/embedded'

let db: EmbeddedDatabase
beforeAll(async () => {
  db = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 })
})
afterAll(async () => {
  await db?.stop()
})

test('many connections querying at once each get their own answers', async () => {
  const clients = Array.from({ length: 4 }, () => postgres(db.url, { max: 4 }))
  try {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => clients[i % clients.length]!<{ n: number; label: string }[]>`select ${i}::int as n, ${`row-${i}`}::text as label`),
    )
    results.forEach((rows, i) => expect(rows[0]).toEqual({ n: i, label: `row-${i}` }))
  } finally {
    await Promise.all(clients.map((c) => c.end()))
  }
})

test('transactions on different connections do not see each other’s uncommitted work', async () => {
  const a = postgres(db.url, { max: 2 })
  const b = postgres(db.url, { max: 2 })
  try {
    await a`create table if not exists counters (name text primary key, value int not null)`
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).begin(async (tx) => {
          await tx`insert into counters values (${`c${i}`}, ${i})`
          const [row] = await tx<{ value: number }[]>`select value from counters where name = ${`c${i}`}`
          expect(row!.value).toBe(i)
          if (i % 4 === 0) throw new Error('roll back')
        }).catch((error: Error) => expect(error.message).toBe('roll back')),
      ),
    )
    const [row] = await a<{ count: number }[]>`select count(*)::int as count from counters`
    expect(row?.count).toBe(15)
  } finally {
    await a.end()
    await b.end()
  }
})
