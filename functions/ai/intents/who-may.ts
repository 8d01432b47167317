import type { MemberRole } from '../../../db/schema'
import { permissions, type Permission } from '../../lib/permissions'
import { spokenList } from './parse/text'

const roleNames: Record<MemberRole, string> = { owner: 'the owner', admin: 'an admin', office: 'the office', tech: 'a tech' }

/**
 * The people who may do something, read from the permission map, for redirects.
 *
 * @example whoMay('invoices:write') // 'the owner, an admin or the office'
 */
export const whoMay = (permission: Permission) => spokenList((permissions[permission] as readonly MemberRole[]).map((role) => roleNames[role]))
