/**
 * Every scheduled task's name (its pg-boss queue) and cron schedule (UTC), in one small
 * module: the Node worker schedules from it and the Cloudflare Worker's `scheduled()` maps a
 * trigger to the names to enqueue without importing the tasks' code. wrangler.toml's
 * `[triggers] crons` lists these schedules (a test keeps them equal).
 */
export const taskSchedules = [
  { name: 'housekeeping', schedule: '15 1 * * *' },
  { name: 'compute_job_duration_patterns', schedule: '0 2 * * *' },
  { name: 'compute_bid_pricing_patterns', schedule: '30 2 * * *' },
  { name: 'compute_material_cost_patterns', schedule: '0 3 * * *' },
  { name: 'compute_equipment_lifespan_patterns', schedule: '0 3 * * 0' },
  { name: 'consolidate_memory', schedule: '30 3 * * 0' },
  // Shares Sunday 03:30 with consolidate_memory: one cron trigger enqueues both.
  { name: 'check_code_links', schedule: '30 3 * * 0' },
  { name: 'compute_failure_patterns', schedule: '0 4 * * 0' },
  { name: 'compute_bid_win_rate_patterns', schedule: '30 4 * * 0' },
] as const

export type TaskName = (typeof taskSchedules)[number]['name']

/** Tasks with no schedule: their queues exist, and the ops portal starts them (same run log). */
export const onDemandTaskNames = ['knowledge_ingest'] as const

/** The schedule of a task by name. */
export const scheduleOf = (name: TaskName): string => taskSchedules.find((task) => task.name === name)!.schedule
