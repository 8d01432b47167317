import { createTenantRouter } from '../lib/app'

export const expensesRouter = createTenantRouter()
