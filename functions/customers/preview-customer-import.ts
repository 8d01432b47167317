import type { Tx } from '../../db/client'
import { decodeCsvBytes } from './decode-csv-bytes'
import { DuplicateIndex, matchKeys } from './duplicate-keys'
import { findDuplicateCustomers } from './find-duplicate-customers'
import { ImportPreview, type DuplicateOf } from './import-schemas'
import { readCustomerCsv } from './read-customer-csv'
import { validateImportRow } from './validate-import-row'

type Options = {
  tx: Tx
  companyId: string
  /** The uploaded file as sent. */
  bytes: Uint8Array
}

/**
 * Reads an uploaded customer CSV and says, row by row, what an import would do: the values it
 * would save, what is wrong with each invalid row, and which rows look like an existing
 * customer or an earlier row of the same file. Writes nothing; the client commits the rows
 * the user accepts with `commitCustomerImport`, which checks them again.
 */
export async function previewCustomerImport({ tx, companyId, bytes }: Options): Promise<ImportPreview> {
  const { columns, rows } = readCustomerCsv(decodeCsvBytes(bytes))
  const checked = rows.map((row) => {
    const { values, errors } = validateImportRow(row.values)
    const allErrors = [...row.problems, ...errors]
    const shown = allErrors.length === 0 && values ? values : row.values
    return { rowNumber: row.rowNumber, values: shown, errors: allErrors, keys: matchKeys(shown) }
  })

  const existing = await findDuplicateCustomers({ tx, companyId, keys: checked.map((row) => row.keys) })
  const earlier = new DuplicateIndex<{ rowNumber: number; name: string }>()
  const previewRows = checked.map((row) => {
    let duplicateOf: DuplicateOf | null = null
    const asExisting = existing.find(row.keys)
    if (asExisting) {
      duplicateOf = { customerId: asExisting.ref.customerId, rowNumber: null, name: asExisting.ref.name, reason: asExisting.reason }
    } else {
      const asEarlier = earlier.find(row.keys)
      if (asEarlier) duplicateOf = { customerId: null, rowNumber: asEarlier.ref.rowNumber, name: asEarlier.ref.name, reason: asEarlier.reason }
    }
    // Only rows that would be imported make later rows duplicates.
    if (row.errors.length === 0) earlier.add(row.keys, { rowNumber: row.rowNumber, name: row.values.name ?? '' })
    return { rowNumber: row.rowNumber, values: row.values, errors: row.errors, duplicateOf }
  })

  const valid = previewRows.filter((row) => row.errors.length === 0)
  const duplicates = valid.filter((row) => row.duplicateOf !== null).length
  return ImportPreview.parse({
    columns,
    rows: previewRows,
    summary: { rows: previewRows.length, valid: valid.length, invalid: previewRows.length - valid.length, duplicates, ready: valid.length - duplicates },
  })
}
