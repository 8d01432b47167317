import { createTenantRouter } from '../lib/app'

export const timeRouter = createTenantRouter()
