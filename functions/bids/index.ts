import { createTenantRouter } from '../lib/app'

export const bidsRouter = createTenantRouter()
