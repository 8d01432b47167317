import type { PortalIntentAction } from './portal-intent-action'
import { requestServiceIntent } from './request-service'

/** Every write Z can propose to a homeowner in the client portal, in the order messages are tried. */
export const portalIntentActions: readonly PortalIntentAction[] = [requestServiceIntent]

/** The portal registry entry of a stored intent's action, if it is one. */
export const findPortalIntentAction = (action: string) => portalIntentActions.find((entry) => entry.action === action)
