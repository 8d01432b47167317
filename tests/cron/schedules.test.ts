import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { scheduledTasks } from '../../cron/tasks'
import { taskSchedules } from '../../cron/tasks/schedules'

/** The strings of wrangler.toml's `[triggers] crons = [...]` line. */
async function wranglerCrons(): Promise<string[]> {
  const toml = await readFile(new URL('../../wrangler.toml', import.meta.url), 'utf8')
  const line = /^\[triggers\]\s*\ncrons\s*=\s*\[([^\]]*)\]/m.exec(toml)
  if (!line) throw new Error('wrangler.toml has no [triggers] crons = [...] line')
  return [...line[1]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!)
}

describe('cron schedules', () => {
  test("wrangler.toml's cron triggers are exactly the distinct schedules of the scheduled tasks", async () => {
    const crons = await wranglerCrons()
    expect(new Set(crons).size).toBe(crons.length)
    expect([...crons].sort()).toEqual([...new Set(scheduledTasks.map((task) => task.schedule))].sort())
  })

  test('every task runs on the schedule the Worker enqueues it at', () => {
    expect(scheduledTasks.map((task) => [task.name, task.schedule])).toEqual(taskSchedules.map((task) => [task.name, task.schedule]))
  })
})
