import { createTenantRouter } from '../lib/app'

export const jobsRouter = createTenantRouter()
