import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError, type ErrorDetail } from '../lib/errors'
import type { ImportCommitResult, ImportCommitRow, ImportValues } from './import-schemas'
import { validateImportRow } from './validate-import-row'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The rows the user accepted in the preview. Checked again here: the client is not trusted. */
  rows: ImportCommitRow[]
  requestId?: string
}

/** Rows per INSERT statement, well under Postgres's limit on bind parameters. */
const BATCH = 500

/**
 * Creates one customer per row, all or nothing: if any row is invalid, the import is refused
 * with every problem listed by row and nothing is written. Duplicates are the user's call
 * (the preview flags them), so they are not refused here.
 */
export async function commitCustomerImport({ tx, companyId, actorUserId, rows, requestId }: Options): Promise<ImportCommitResult> {
  const details: ErrorDetail[] = []
  const accepted: ImportValues[] = []
  let invalidRows = 0
  rows.forEach((row, index) => {
    const label = `row ${row.rowNumber ?? index + 1}`
    const { values, errors } = validateImportRow(row)
    if (!values) {
      invalidRows++
      for (const error of errors) details.push({ path: `${label}.${error.field}`, message: error.message })
    } else {
      accepted.push(values)
    }
  })
  if (invalidRows > 0) {
    throw new ApiError(
      'validation_failed',
      `${invalidRows} of ${rows.length} rows are not valid, so nothing was imported. Fix those rows or leave them out, and commit again.`,
      { details },
    )
  }

  const customerIds: string[] = []
  for (let start = 0; start < accepted.length; start += BATCH) {
    const batch = accepted.slice(start, start + BATCH).map((values) => ({ companyId, ...values, name: values.name! }))
    const inserted = await tx.insert(customers).values(batch).returning({ id: customers.id })
    customerIds.push(...inserted.map((row) => row.id))
  }
  await recordAudit({ tx, companyId, actorUserId, action: 'customer.import', entityType: 'company', entityId: companyId, changes: { created: customerIds.length }, requestId })
  return { created: customerIds.length, customerIds }
}
