import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import type { MemberRole } from '../../../db/schema'
import type { Membership } from '../../lib/context'
import { ApiError } from '../../lib/errors'
import { visibilityCategories, type Identity, type Persona, type Platform, type VisibilityCategory, type VisibilityMask } from '../types'
import { mergeVisibility } from '../visibility/merge-visibility'
import { readVisibilitySettings } from '../visibility/settings'
import type { PortalRelationship } from './portal-relationships'

type Row = {
  member_id: string | null
  email: string | null
  role: MemberRole | null
  title: string | null
  certifications: Identity['certifications'] | null
  company_id: string | null
  company_name: string | null
  trades: string[] | null
  state: string | null
  tier: string | null
  employee_count: number | null
  license_number: string | null
  visibility_settings: unknown
  is_staff: boolean
  defaults: Record<string, Partial<Record<VisibilityCategory, boolean>>> | null
  memories: Record<string, unknown> | null
  has_knowledge: boolean
  relationships: PortalRelationship[] | null
}

/** Layer 1, Layer 3 and Layer 6 inputs for one person, read in one round trip. */
export type LoadedIdentity = {
  identity: Identity
  mask: VisibilityMask
  /** Layer 3: what Z remembers about this person in this persona; null before the first memory. */
  memory: unknown
  /** Whether any knowledge has been ingested: an empty corpus is not searched. */
  hasKnowledge: boolean
  /** The company membership (null for homeowners and platform staff). */
  membership: Membership | null
  /** A homeowner's contractors (customer records linked to their sign-in); empty for company members. */
  relationships: PortalRelationship[]
}

/**
 * Platform staff see every anonymous pattern but no tenant's business data (they have no
 * company; cross-tenant rows are reached only through the audited ops paths).
 */
const tenantBusinessData = new Set<VisibilityCategory>(['customer_payment_history', 'employee_performance', 'revenue_data', 'margin_data'])
const opsMask = () => Object.fromEntries(visibilityCategories.map((category) => [category, !tenantBusinessData.has(category)])) as VisibilityMask

const memberPersona: Record<MemberRole, Persona> = { owner: 'owner_admin', admin: 'owner_admin', office: 'office', tech: 'field_tech' }

function decidePersona(row: Row, platform: Platform): Persona {
  if (row.is_staff && (platform === 'ops_portal' || !row.role)) return 'ops'
  if (row.role) return memberPersona[row.role]
  if (platform === 'client_portal') return 'homeowner'
  throw new ApiError(
    'no_company',
    'Z answers company members in the CRM. Create your company (POST /api/v1/companies) or ask your employer to add you; homeowners use the client portal.',
  )
}

/**
 * Who is asking, decided from the database and never from the request body: membership,
 * company, certifications, platform staff, the visibility matrix row, the memory profiles
 * and, for a homeowner, the contractors they are a customer of, in one query under the
 * caller's RLS.
 */
export async function loadIdentity({ tx, userId, email, platform }: { tx: Tx; userId: string; email: string | null; platform: Platform }): Promise<LoadedIdentity> {
  const [row] = await tx.execute<Row>(sql`
    select m.id as member_id, m.email, m.role, m.title, m.certifications,
           c.id as company_id, c.name as company_name, to_jsonb(c.trades) as trades, c.state, c.tier::text as tier,
           c.employee_count, c.license_number, c.ai_visibility_settings as visibility_settings,
           public.is_platform_ops() as is_staff,
           (select jsonb_object_agg(d.role, d.flags) from (
              select role, jsonb_object_agg(category, allowed) as flags from public.ai_visibility_defaults group by role
            ) d) as defaults,
           (select jsonb_object_agg(u.persona, u.memory_profile) from public.ai_user_memory u where u.user_id = me.id) as memories,
           exists (select 1 from public.knowledge_chunks) as has_knowledge,
           case when m.id is null then (
             select jsonb_agg(jsonb_build_object('customerId', cu.id, 'customerName', cu.name,
                      'company', jsonb_build_object('id', co.id, 'name', co.name, 'phone', co.phone, 'email', co.email, 'trades', to_jsonb(co.trades)))
                      order by co.name, cu.created_at)
             from public.customers cu join public.companies co on co.id = cu.company_id
             where cu.portal_user_id = me.id) end as relationships
    from (select ${userId}::uuid as id) me
    left join public.company_members m on m.user_id = me.id
    left join public.companies c on c.id = m.company_id`)
  if (!row) throw new Error('identity query returned no row')
  const persona = decidePersona(row, platform)
  const role = persona === 'ops' ? 'ops' : (row.role ?? 'homeowner')
  const mask = persona === 'ops' ? opsMask() : mergeVisibility(role, row.defaults?.[role] ?? {}, readVisibilitySettings(row.visibility_settings))
  const identity: Identity = {
    userId,
    email: row.email ?? email,
    persona,
    role,
    memberTitle: row.title,
    certifications: row.certifications ?? [],
    company: row.company_id
      ? {
          id: row.company_id,
          name: row.company_name!,
          trades: row.trades ?? [],
          state: row.state,
          tier: row.tier ?? 'solo',
          employeeCount: row.employee_count,
          licenseNumber: row.license_number,
        }
      : null,
    platform,
  }
  const membership = row.member_id && row.company_id && row.role ? { memberId: row.member_id, companyId: row.company_id, role: row.role } : null
  const relationships = persona === 'homeowner' ? (row.relationships ?? []) : []
  return { identity, mask, memory: row.memories?.[persona] ?? null, hasKnowledge: row.has_knowledge, membership, relationships }
}
