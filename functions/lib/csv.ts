import Papa from 'papaparse'

/**
 * Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start)
 * are prefixed with a quote, so an exported customer name can never execute in Excel.
 */
const neutralise = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = value instanceof Date ? value.toISOString() : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** A CSV file (RFC 4180, CRLF, header row) from rows and their column order. */
export function toCsv<Row>(columns: { header: string; value: (row: Row) => unknown }[], rows: Row[]): string {
  return Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => neutralise(c.value(row)))) },
    { newline: '\r\n' },
  )
}

/** A CSV download response. */
export const csvResponse = (csv: string, fileName: string) =>
  new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'private, no-store',
    },
  })
