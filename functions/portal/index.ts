import { createRouter } from '../lib/app'
import { accessRoutes } from './access-routes'
import { documentRoutes } from './document-routes'
import { homeRoutes } from './home-routes'

/**
 * The client portal (/portal): a homeowner's view of what their contractors share with them.
 * Customer-scoped routes take the customer record's id, one per contractor; a record that is
 * not the caller's is a 404 (Row Level Security, and the link checked in the query too).
 * Messages and service requests are served by another router at /portal.
 */
export const portalRouter = createRouter().route('/', accessRoutes).route('/', homeRoutes).route('/', documentRoutes)
