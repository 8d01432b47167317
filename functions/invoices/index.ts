import { createTenantRouter } from '../lib/app'

export const invoicesRouter = createTenantRouter()
