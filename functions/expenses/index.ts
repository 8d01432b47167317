import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { uploadedFile } from '../files/store-file'
import { pdfResponse } from '../documents/pdf'
import { createTenantRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { errorResponses, fileResponse, IdParams, json, jsonBody } from '../lib/openapi'
import { can, requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { attachReceipt } from './attach-receipt'
import { buildExpenseReport } from './build-expense-report'
import { createExpense } from './create-expense'
import { deleteExpense } from './delete-expense'
import { getExpense } from './get-expense'
import { listExpenses } from './list-expenses'
import { Expense, ExpenseInput, ExpenseList, ExpenseListQuery, ExpensePatch, ExpenseReportQuery } from './schemas'
import { updateExpense } from './update-expense'

const tags = ['Expenses']
const security = [{ bearerAuth: [] }]

/** The tenant scope plus whether the caller may change other people's expenses. */
function changeScope(c: Context<AppEnv>) {
  return { ...tenantScope(c), canManageOthers: can(requireMembership(c.get('membership')).role, 'expenses:manage') }
}

const ReceiptUpload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'A JPEG, PNG, WebP, HEIC image or a PDF, up to 10 MB' }),
})

export const expensesRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/report.pdf',
      tags,
      security,
      summary: 'Expense report (PDF)',
      description: 'Company-branded: the period, totals by category, then the expenses (the most recent 2,000; totals cover all). Owners, admins and office.',
      middleware: [requirePermission('expenses:manage')] as const,
      request: { query: ExpenseReportQuery },
      responses: { 200: fileResponse('application/pdf', 'The report'), ...errorResponses },
    }),
    async (c) => {
      const { from, to, category } = c.req.valid('query')
      const scope = tenantScope(c)
      const bytes = await buildExpenseReport({ tx: scope.tx, storage: c.get('services').storage, companyId: scope.companyId, from, to, category })
      const name = ['expenses', from, to, category].filter(Boolean).join('-')
      return pdfResponse(bytes, `${name}.pdf`)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List expenses',
      description: 'Newest first, with the count and sum of everything the filter matches. A tech sees only their own expenses.',
      middleware: [requirePermission('expenses:read')] as const,
      request: { query: ExpenseListQuery },
      responses: { 200: json(ExpenseList, 'A page of expenses and the total of the filter'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await listExpenses({ ...tenantScope(c), ...c.req.valid('query') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Record an expense',
      description: 'Everyone may record expenses; the caller is their author. A linked job must be one the caller can reach.',
      middleware: [requirePermission('expenses:write')] as const,
      request: { body: jsonBody(ExpenseInput) },
      responses: { 201: json(Expense, 'The new expense'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await createExpense({ ...tenantScope(c), input: c.req.valid('json') }), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get an expense',
      middleware: [requirePermission('expenses:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(Expense, 'The expense'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await getExpense({ ...tenantScope(c), expenseId: c.req.valid('param').id }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Update some fields of an expense',
      description: 'Your own expenses; owners, admins and office may change anyone’s.',
      middleware: [requirePermission('expenses:write')] as const,
      request: { params: IdParams, body: jsonBody(ExpensePatch) },
      responses: { 200: json(Expense, 'The updated expense'), ...errorResponses },
    }),
    async (c) => {
      const expense = await updateExpense({ ...changeScope(c), expenseId: c.req.valid('param').id, patch: c.req.valid('json') })
      return c.json(expense, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Delete an expense and its receipt',
      description: 'Your own expenses; owners, admins and office may delete anyone’s.',
      middleware: [requirePermission('expenses:write')] as const,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      await deleteExpense({ ...changeScope(c), storage: c.get('services').storage, expenseId: c.req.valid('param').id })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/receipt',
      tags,
      security,
      summary: 'Attach a receipt (image or PDF, up to 10 MB)',
      description: 'Send multipart/form-data with the file in a field named `file`; it replaces the previous receipt.',
      middleware: [requirePermission('expenses:write')] as const,
      request: { params: IdParams, body: { required: true, content: { 'multipart/form-data': { schema: ReceiptUpload } } } },
      responses: { 200: json(Expense, 'The expense with its receipt'), ...errorResponses },
    }),
    async (c) => {
      const file = uploadedFile(await c.req.parseBody(), 'expense')
      const receipt = { name: file.name, contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }
      const expense = await attachReceipt({ ...changeScope(c), storage: c.get('services').storage, expenseId: c.req.valid('param').id, receipt })
      return c.json(expense, 200)
    },
  )
