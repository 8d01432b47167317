/**
 * Who is booked when: per tech and day, the hours of the day already promised to a job.
 * Each booking covers the scheduled time plus slack for running long, so the time entries
 * made inside bookings can never overlap for one person.
 */
export class TechCalendar {
  private readonly booked = new Map<string, [number, number][]>()

  private key(userId: string, day: number) {
    return `${userId}@${day}`
  }

  isFree(userId: string, days: number[], from: number, to: number): boolean {
    return days.every((day) => (this.booked.get(this.key(userId, day)) ?? []).every(([a, b]) => to <= a || from >= b))
  }

  reserve(userId: string, days: number[], from: number, to: number): void {
    for (const day of days) {
      const key = this.key(userId, day)
      const list = this.booked.get(key) ?? []
      list.push([from, to])
      this.booked.set(key, list)
    }
  }
}

/** Room kept around a visit: travel before, overrun (up to 35%) and travel after. */
export const bookingWindow = (startHour: number, hours: number): [number, number] => [startHour - 0.5, startHour + hours * 1.35 + 0.5]

/** Start times that fit a visit of this length into the working day (7:00–17:00). */
export function startTimes(hoursPerDay: number): number[] {
  if (hoursPerDay <= 2.5) return [8, 10.5, 13, 15]
  if (hoursPerDay <= 4.5) return [7.5, 12.5]
  return [7.5]
}
