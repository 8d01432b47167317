import { createTenantRouter } from '../lib/app'

export const leadsRouter = createTenantRouter()
