import { createTenantRouter } from '../lib/app'

export const outboxRouter = createTenantRouter()
