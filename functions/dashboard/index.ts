import { createTenantRouter } from '../lib/app'

export const dashboardRouter = createTenantRouter()
