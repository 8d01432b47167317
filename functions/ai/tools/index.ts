import type { AuthUser, Services } from '../../lib/context'
import type { ModelTool } from '../providers/types'
import type { Identity, VisibilityMask } from '../types'
import { buildOpsTools } from './ops-tools'
import { buildReadTools } from './read-tools'

/**
 * The read-only tools the model is offered for this person: platform staff in the ops persona
 * get the ops tools (platform aggregates, audited), company members their company's records
 * (RLS-scoped), homeowners none.
 */
export function buildTools(scope: { services: Services; user: AuthUser; identity: Identity; mask: VisibilityMask; requestId: string }): ModelTool[] {
  return scope.identity.persona === 'ops' ? buildOpsTools(scope) : buildReadTools(scope)
}
