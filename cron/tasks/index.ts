import { consolidateMemoryTask } from './consolidate-memory'
import { housekeepingTask } from './housekeeping'
import { linkCheckTask } from './link-check'
import { patternTasks } from './pattern-tasks'
import { taskSchedules } from './schedules'
import type { ScheduledTask } from './scheduled-task'

const byName = new Map([housekeepingTask, ...patternTasks, consolidateMemoryTask, linkCheckTask].map((task) => [task.name, task]))

/** Every scheduled task, in the order of the day (schedules.ts), which `--run all` follows too. */
export const scheduledTasks: ScheduledTask[] = taskSchedules.map(({ name }) => {
  const task = byName.get(name)
  if (!task) throw new Error(`Scheduled task ${name} has no definition.`)
  return task
})
