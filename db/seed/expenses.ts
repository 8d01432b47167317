import { expenses, type expenseCategories } from '../schema'
import type { SeedClock } from './clock'
import type { SeedJob } from './jobs'
import type { Staff } from './people'
import type { Random } from './random'

export type ExpenseRow = typeof expenses.$inferInsert

type Category = (typeof expenseCategories)[number]

const supplyHouses = ['Graybar', 'City Electric Supply', 'WESCO', 'Ferguson HVAC', 'Johnstone Supply', 'Home Depot Pro']
const gasStations = ['Cumberland Farms', 'Mobil', 'Shell', 'Sunoco', 'Pride']
const tools = [
  ['Northeast Electrical Distributors', 'Milwaukee M18 hydraulic knockout set', 64_900],
  ['Fastenal', 'Drill bits, hole saws & blades', 12_850],
  ['Klein Tools (online)', 'Insulated screwdriver set', 11_900],
  ['Johnstone Supply', 'Fieldpiece digital manifold', 89_900],
  ['Home Depot Pro', 'Extension ladder 28 ft', 41_900],
  ['Fastenal', 'PPE restock: gloves, glasses, masks', 8_950],
] as const
const subcontracts = [
  ['Nutmeg Excavation', 'Trenching for generator conduit', 95_000],
  ['Valley Plaster & Drywall', 'Plaster patching after rewire', 140_000],
  ['Capitol Gas Piping', 'Gas line for standby generator', 65_000],
  ['CT Crane & Rigging', 'Rooftop unit lift', 78_000],
] as const
const overheads = [
  ['Progressive Commercial', 'Commercial auto insurance (3 vans)', 148_700],
  ['Cintas', 'Uniform service', 8_900],
  ['Verizon Business', 'Phones & tablets', 31_540],
] as const

type Options = { rng: Random; clock: SeedClock; companyId: string; staff: Staff; jobs: SeedJob[] }

/**
 * About 120 expenses over the year: fuel for the vans, supply-house runs and permits tied to
 * jobs, subcontractors on the big projects, tools, temp labour and monthly overhead.
 */
export function buildExpenses({ rng, clock, companyId, staff, jobs }: Options): ExpenseRow[] {
  const rows: ExpenseRow[] = []
  const add = (category: Category, day: number, amountCents: number, vendor: string, description: string, createdBy: string, jobId: string | null = null) => {
    const when = clock.notAfterNow(clock.at(Math.min(0, day), 12 + rng.int(0, 10) / 2))
    rows.push({ companyId, jobId, category, vendor, description, amountCents, incurredOn: clock.date(Math.min(0, day)), createdBy, createdAt: when, updatedAt: when })
  }
  const worked = jobs.filter((j) => j.startedAt && j.days[0]! <= 0)
  const withPermit = worked.filter((j) => j.extras.some((e) => e.description.toLowerCase().includes('permit')))
  const bigProjects = worked.filter((j) => ['generator_install', 'rewiring', 'heat_pump_install'].includes(j.template.category))

  // Fuel: each tech fills a van every couple of weeks.
  for (let i = 0; i < 40; i++) {
    const tech = rng.pick(staff.techs)
    add('fuel', clock.businessDay(-rng.int(0, 360)), rng.int(5_800, 11_900), rng.pick(gasStations), 'Fuel — service van', tech.id)
  }
  // Parts picked up for specific jobs, and stock for the vans.
  for (const job of rng.sample(worked, 26)) {
    const vendor = job.template.trade === 'hvac' ? rng.pick(['Ferguson HVAC', 'Johnstone Supply']) : rng.pick(['Graybar', 'City Electric Supply', 'WESCO'])
    add('materials', job.days[0]!, rng.int(45, 900) * 100 + rng.int(0, 99), vendor, `Parts for ${job.row.title}`, rng.pick(job.techs).id, job.id)
  }
  for (let i = 0; i < 10; i++) add('materials', -rng.int(0, 360), rng.int(120, 1_400) * 100 + rng.int(0, 99), rng.pick(supplyHouses), 'Van stock restock', staff.office.id)
  // Permits pulled for jobs.
  for (const job of rng.sample(withPermit, Math.min(12, withPermit.length))) {
    const town = job.property.row.city ?? 'Town'
    add('permits', job.days[0]! - rng.int(3, 10), rng.pick([9_500, 12_500, 15_000, 22_500, 30_000]), `Town of ${town} Building Dept.`, `${job.template.trade === 'hvac' ? 'Mechanical' : 'Electrical'} permit — ${job.row.title}`, staff.office.id, job.id)
  }
  // Subcontractors on the big projects.
  for (const job of rng.sample(bigProjects, Math.min(6, bigProjects.length))) {
    const [vendor, description, amount] = rng.pick(subcontracts)
    add('subcontractor', job.days[job.days.length - 1]!, amount + rng.int(-50, 50) * 100, vendor, description, staff.owner.id, job.id)
  }
  // Tools.
  for (let i = 0; i < 9; i++) {
    const [vendor, description, amount] = rng.pick(tools)
    add('tools', -rng.int(0, 360), amount, vendor, description, rng.chance(0.5) ? staff.owner.id : rng.pick(staff.techs).id)
  }
  // Temp labour in the summer rush.
  for (let i = 0; i < 4; i++) add('labor', -rng.int(0, 360), rng.int(36, 64) * 1_000, 'Hartford Trade Staffing', 'Temp helper — 2 days', staff.admin.id)
  // Monthly overhead.
  for (let month = 0; month < 12; month++) {
    const [vendor, description, amount] = overheads[month % overheads.length]!
    add('other', clock.businessDay(-month * 30 - rng.int(0, 5)), amount, vendor, description, staff.office.id)
  }
  return rows
}
