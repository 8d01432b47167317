import { jobs, timeEntries, type jobStatuses } from '../schema'
import { bookingWindow, startTimes, TechCalendar } from './calendar'
import { templateByCategory, templates, type Extra, type JobTemplate } from './catalog'
import type { SeedClock } from './clock'
import type { SeedCustomer, SeedProperty } from './customers'
import { onGrid, quantityText } from './lines'
import type { DemoPerson, Staff } from './people'
import { Random } from './random'

export type JobRow = typeof jobs.$inferInsert & { id: string }
export type TimeEntryRow = typeof timeEntries.$inferInsert

export type ChosenPart = { description: string; unit: string; costCents: number; quantity: string }
type Phase = 'past' | 'active' | 'today' | 'future'

export type SeedJob = {
  id: string
  index: number
  template: JobTemplate
  customer: SeedCustomer
  property: SeedProperty
  phase: Phase
  /** A no-charge return visit: never invoiced. */
  warranty: boolean
  estimatedHours: number
  /** Parts and extras in the scope of work (bids and invoices price the same ones). */
  parts: ChosenPart[]
  extras: Extra[]
  days: number[]
  techs: DemoPerson[]
  status: (typeof jobStatuses)[number]
  createdAt: Date
  startedAt: Date | null
  completedAt: Date | null
  cancelledAt: Date | null
  actualHours: number | null
  /** One entry per tech per day worked, all closed. */
  timeEntries: TimeEntryRow[]
  /** The job's own random stream, so what happens today (it depends on the hour) never shifts other jobs. */
  random: Random
  row: JobRow
}

type Options = {
  rng: Random
  clock: SeedClock
  companyId: string
  staff: Staff
  customers: SeedCustomer[]
  newId: () => string
}

const PAST = 182
const ACTIVE = 2
const TODAY = 4
const FUTURE = 12

/**
 * About two hundred jobs: a year of completed work (a few cancelled), two multi-day projects
 * in progress, today's visits (the demo tech has one) and two weeks ahead. Techs are booked without
 * double-booking and their time entries fall inside their bookings.
 */
export function buildJobs({ rng, clock, companyId, staff, customers, newId }: Options) {
  const calendar = new TechCalendar()
  const established = customers.filter((c) => !c.fromLead)
  const fromLead = customers.filter((c) => c.fromLead)
  const coverage = rng.shuffle(established)

  type Plan = { phase: Phase; desiredDay: number; template: JobTemplate; customer: SeedCustomer; cancelled: boolean; crew?: 1 | 2; lead?: DemoPerson }
  const seasonal = (day: number) => (t: JobTemplate) => t.weight * (t.season?.[clock.month(day)] ?? 1)

  const plans: Plan[] = []
  for (let i = 0; i < ACTIVE; i++) {
    // A two-person heat pump install and a one-person rewire, leaving techs free for today's calls.
    const template = templateByCategory.get(['heat_pump_install', 'rewiring'][i]!)!
    plans.push({ phase: 'active', desiredDay: clock.addBusinessDays(0, -1 - i), template, customer: rng.weighted(established, (c) => c.weight), cancelled: false, crew: i === 0 ? 2 : 1 })
  }
  // Today's visits; the first is the demo tech's (the tech account), so that sign-in has a day.
  const demoTech = staff.techs[0]!
  for (let i = 0; i < TODAY; i++) {
    const short = templates.filter((t) => (t.kind === 'service' || t.hours[1] <= 8) && (i > 0 || t.trade === demoTech.trade))
    const template = rng.weighted(short, seasonal(0))
    plans.push({ phase: 'today', desiredDay: 0, template, customer: rng.weighted(established, (c) => c.weight), cancelled: false, lead: i === 0 ? demoTech : undefined })
  }
  for (let i = 0; i < FUTURE; i++) {
    const day = clock.businessDayOnOrAfter(rng.int(1, 14))
    // The two customers just converted from leads have their first jobs coming up.
    const template = i < fromLead.length ? templateByCategory.get(i === 0 ? 'heat_pump_install' : 'ev_charger')! : rng.weighted(templates, seasonal(day))
    const customer = fromLead[i] ?? rng.weighted(established, (c) => c.weight)
    plans.push({ phase: 'future', desiredDay: day, template, customer, cancelled: i === FUTURE - 1 })
  }
  const past: Plan[] = []
  for (let i = 0; i < PAST; i++) {
    const day = clock.businessDayOnOrBefore(-rng.int(1, 365))
    const template = rng.weighted(templates, seasonal(day))
    const customer = coverage[i] ?? rng.weighted(established, (c) => c.weight)
    past.push({ phase: 'past', desiredDay: day, template, customer, cancelled: rng.chance(0.045) })
  }
  // Book the most recent past work first so conflicts push older work further back.
  past.sort((a, b) => b.desiredDay - a.desiredDay)
  plans.push(...past)

  const seedJobs: SeedJob[] = []
  const leadTechs = (trade: string) => staff.techs.filter((t) => t.trade === trade)

  plans.forEach((plan, index) => {
    const { template, customer } = plan
    const property = customer.properties.length > 1 && rng.chance(0.3) ? customer.properties[1]! : customer.properties[0]!
    const either = rng.chance(0.5) ? 2 : 1
    const crew = plan.crew ?? (template.crew === 'either' ? either : template.crew)
    let estimated = onGrid(rng, template.hours, 0.5)
    const shuffled = rng.shuffle(leadTechs(template.trade))
    const leadOrder = plan.lead ? [plan.lead, ...shuffled.filter((t) => t !== plan.lead)] : shuffled
    // Helpers: the apprentice first, then anyone else.
    const helperOrder = [...staff.techs.filter((t) => !t.trade), ...rng.shuffle(staff.techs.filter((t) => t.trade))]
    const startRotation = rng.int(0, 3)
    const title = rng.pick(template.titles)
    const description = rng.pick(template.descriptions)
    const warranty = plan.phase === 'past' && template.kind === 'service' && rng.chance(0.15)
    const parts: ChosenPart[] = template.parts
      .filter((part) => rng.chance(part.chance ?? 1))
      .map((part) => ({ description: part.description, unit: part.unit, costCents: part.costCents, quantity: quantityText(onGrid(rng, part.quantity, part.step ?? 1)) }))
    const extras = template.extras.filter((extra) => rng.chance(extra.chance ?? 1))
    const createdBy = rng.chance(0.7) ? staff.office : rng.pick(staff.officeStaff)

    // Find days, a start time and techs.
    type Booking = { days: number[]; start: number; perDay: number; techs: DemoPerson[] }
    const book = (phase: Phase, desiredDay: number): Booking | null => {
      for (const tryCrew of crew === 2 ? [2, 1] : [1]) {
        const dayCount = phase === 'active' ? spanThroughTomorrow(clock, desiredDay) : Math.ceil(estimated / tryCrew / 8.5)
        const hours = phase === 'active' ? Math.min(8, Math.max(6, estimated / tryCrew / dayCount)) * tryCrew * dayCount : estimated
        const perDay = Math.round((hours / tryCrew / dayCount) * 4) / 4
        const starts = startTimes(perDay)
        const rotated = starts.map((_, i) => starts[(i + startRotation) % starts.length]!)
        const attempts = phase === 'active' || phase === 'today' ? 1 : 40
        for (let attempt = 0; attempt < attempts; attempt++) {
          const first = phase === 'past' ? clock.addBusinessDays(desiredDay, -attempt) : phase === 'future' ? clock.addBusinessDays(desiredDay, attempt) : desiredDay
          const days = [first]
          while (days.length < dayCount) days.push(clock.addBusinessDays(days[days.length - 1]!, 1))
          if (phase === 'past' && days[days.length - 1]! >= 0) continue
          if (phase === 'future' && first > 16) break
          if (first < -372) break
          for (const start of rotated) {
            const [from, to] = bookingWindow(start, perDay)
            const lead = leadOrder.find((t) => calendar.isFree(t.id, days, from, to))
            if (!lead) continue
            const chosen = [lead]
            if (tryCrew === 2) {
              const helper = helperOrder.find((t) => t.id !== lead.id && calendar.isFree(t.id, days, from, to))
              if (!helper) continue
              chosen.push(helper)
            }
            for (const tech of chosen) calendar.reserve(tech.id, days, from, to)
            estimated = hours
            return { days, start, perDay, techs: chosen }
          }
        }
      }
      return null
    }
    let phase = plan.phase
    let booking = book(phase, plan.desiredDay)
    // Nobody free today: the visit goes on tomorrow's schedule instead.
    if (!booking && phase === 'today') booking = book((phase = 'future'), clock.addBusinessDays(0, 1))
    if (!booking) return

    const id = newId()
    const jr = new Random(0x9e3779b9 ^ Math.imul(index + 1, 2654435761))
    const { days, start, perDay, techs } = booking
    const first = days[0]!
    const last = days[days.length - 1]!
    const scheduledStart = clock.at(first, start)
    const scheduledEnd = clock.at(last, start + perDay)
    // Booked days to weeks ahead, and always at least two days ago.
    const createdAt = clock.at(Math.min(first - jr.int(4, 21), -2), 8.5 + jr.int(0, 16) / 2)
    const now = clock.now.getTime()
    const [, bookingEnd] = bookingWindow(start, perDay)

    let status: SeedJob['status']
    if (plan.cancelled) status = 'cancelled'
    else if (last < 0) status = 'completed'
    else if (first < 0) status = 'in_progress'
    else if (first === 0 && last === 0 && now >= clock.at(0, bookingEnd).getTime()) status = 'completed'
    else if (first === 0 && now >= scheduledStart.getTime()) status = 'in_progress'
    else status = 'scheduled'

    // Time entries: one per tech per worked day, never open, inside the booking.
    const entries: TimeEntryRow[] = []
    const pace = jr.between(0.8, 1.25)
    if (status === 'completed' || status === 'in_progress') {
      for (const day of days) {
        for (const tech of techs) {
          const clockIn = clock.at(day, start + jr.int(-10, 15) / 60)
          const worked = perDay * pace * jr.between(0.95, 1.05)
          const clockOut = new Date(clockIn.getTime() + Math.round(worked * 60) * 60_000)
          if (clockOut.getTime() > now) continue
          entries.push({ companyId, userId: tech.id, jobId: id, clockIn, clockOut, notes: null, createdAt: clockIn, updatedAt: clockOut })
        }
      }
    }
    const actualHours = entries.length ? Math.round(entries.reduce((sum, e) => sum + (e.clockOut!.getTime() - e.clockIn.getTime()) / 3_600_000, 0) * 100) / 100 : null
    const startedAt =
      status === 'completed' || status === 'in_progress'
        ? entries.length
          ? new Date(Math.min(...entries.map((e) => e.clockIn.getTime())))
          : clock.notAfterNow(new Date(scheduledStart.getTime() + 5 * 60_000))
        : null
    const completedAt = status === 'completed' && entries.length ? new Date(Math.max(...entries.map((e) => e.clockOut!.getTime()))) : null
    // Called off a few days ahead (an upcoming one: yesterday), never before it was booked.
    const calledOff = first - 1 >= 0 ? clock.at(-1, 16.5) : clock.at(clock.addBusinessDays(first, -jr.int(1, 3)), 10 + jr.int(0, 12) / 2)
    const cancelledAt = status === 'cancelled' ? new Date(Math.max(calledOff.getTime(), createdAt.getTime() + 3_600_000)) : null

    const row: JobRow = {
      id,
      companyId,
      customerId: customer.id,
      propertyId: property.id,
      title: warranty ? `Warranty callback — ${title}` : title,
      description: warranty ? `No-charge return visit. ${description}` : description,
      trade: template.trade,
      jobCategory: template.category,
      status,
      address: property.fullAddress,
      region: 'CT',
      scheduledStart,
      scheduledEnd,
      startedAt,
      completedAt,
      cancelledAt,
      estimatedHours: quantityText(estimated),
      actualHours: actualHours === null ? null : actualHours.toFixed(2),
      createdBy: createdBy.id,
      createdAt,
      updatedAt: completedAt ?? cancelledAt ?? startedAt ?? createdAt,
    }
    seedJobs.push({ id, index, template, customer, property, phase, warranty, estimatedHours: estimated, parts, extras, days, techs, status, createdAt, startedAt, completedAt, cancelledAt, actualHours, timeEntries: entries, random: jr, row })
  })

  return seedJobs
}

/** Business days from `first` through the next business day after today. */
function spanThroughTomorrow(clock: SeedClock, first: number): number {
  const end = clock.addBusinessDays(0, 1)
  let count = 0
  for (let day = first; day <= end; day++) if (clock.isBusinessDay(day)) count++
  return count
}
