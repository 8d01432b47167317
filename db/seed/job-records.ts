import { jobAssignments, jobMaterials, jobNotes } from '../schema'
import type { SeedClock } from './clock'
import type { EquipmentRow } from './customers'
import type { SeedJob, TimeEntryRow } from './jobs'
import type { Staff } from './people'

export type AssignmentRow = typeof jobAssignments.$inferInsert
export type NoteRow = typeof jobNotes.$inferInsert
export type MaterialRow = typeof jobMaterials.$inferInsert

const officeNotes = ['Customer confirmed the appointment by phone.', 'Sent the arrival-window text (8–9 am).', 'Customer will leave the side door unlocked.', 'Rescheduled once at the customer’s request.']
const techNotes = ['Walked the job with the homeowner before starting.', 'Photos of the finished work uploaded.', 'Cleaned up and reviewed the work with the customer.', 'Need the 28 ft ladder next visit.']
const customerNotes = ['Work completed — thank you for having us!', 'All set. Call us if anything acts up again.', 'Finished today; the permit inspection is booked for next week.']

type Options = { clock: SeedClock; companyId: string; staff: Staff; jobs: SeedJob[] }

/**
 * What hangs off each job: its crew, the time they logged, notes from the office and the
 * techs (a few addressed to the customer), the materials used once work started, and the
 * equipment the company installed, which becomes the customer's.
 */
export function buildJobRecords({ clock, companyId, staff, jobs }: Options) {
  const assignments: AssignmentRow[] = []
  const notes: NoteRow[] = []
  const materials: MaterialRow[] = []
  const entries: TimeEntryRow[] = []
  const installed: EquipmentRow[] = []
  for (const job of jobs) {
    const jr = job.random
    entries.push(...job.timeEntries)
    for (const tech of job.techs) assignments.push({ companyId, jobId: job.id, userId: tech.id, createdAt: job.createdAt })
    const lead = job.techs[0]!
    const started = job.startedAt

    // Notes: the office confirming, the techs reporting, sometimes a word for the customer.
    if (jr.chance(0.35)) notes.push({ companyId, jobId: job.id, authorId: staff.office.id, body: jr.pick(officeNotes), internal: true, createdAt: new Date(job.createdAt.getTime() + 26 * 3_600_000) })
    if (started) {
      const pool = [...job.template.notes, ...techNotes]
      const count = job.status === 'completed' ? jr.int(0, 2) : 1
      for (let n = 0; n < count; n++) {
        const at = clock.notAfterNow(new Date(started.getTime() + (n + 1) * 45 * 60_000))
        notes.push({ companyId, jobId: job.id, authorId: jr.pick(job.techs).id, body: jr.pick(pool), internal: true, createdAt: at })
      }
      if (job.status === 'completed' && jr.chance(0.25)) notes.push({ companyId, jobId: job.id, authorId: lead.id, body: jr.pick(customerNotes), internal: false, createdAt: job.completedAt! })
      for (const part of job.parts) {
        materials.push({ companyId, jobId: job.id, description: part.description, quantity: part.quantity, unit: part.unit, unitCostCents: part.costCents, createdAt: started, updatedAt: started })
      }
    }
    if (job.warranty) notes.push({ companyId, jobId: job.id, authorId: staff.office.id, body: 'Warranty callback — no charge to the customer.', internal: true, createdAt: job.createdAt })

    // What the company installed becomes the customer's equipment.
    if (job.status === 'completed' && job.template.installs && !job.warranty) {
      const unit = jr.pick(job.template.installs)
      const installDate = clock.date(job.days[job.days.length - 1]!)
      installed.push({
        companyId,
        customerId: job.customer.id,
        propertyId: job.property.id,
        kind: unit.kind,
        make: unit.make,
        model: unit.model,
        serialNumber: jr.code(12),
        installDate,
        warrantyExpiresOn: `${Number(installDate.slice(0, 4)) + unit.warrantyYears}${installDate.slice(4)}`,
        warrantyNotes: unit.warrantyNotes,
        notes: `Installed by Northline — ${job.row.title}.`,
        createdAt: job.completedAt!,
        updatedAt: job.completedAt!,
      })
    }
  }
  return { assignments, notes, materials, timeEntries: entries, equipment: installed }
}
