import { scheduledTasks } from '../../cron/tasks'
import { onDemandTaskNames } from '../../cron/tasks/schedules'

/** Every task staff can start from the ops portal: the scheduled ones and the on-demand ones. */
export const runnableTaskNames = (): string[] => [...scheduledTasks.map((task) => task.name), ...onDemandTaskNames]
