import Papa from 'papaparse'
import { ApiError } from '../lib/errors'
import { MAX_IMPORT_ROWS, type ImportField, type ImportRowError, type ImportValues } from './import-schemas'

/**
 * Header spellings we recognise, compared after lower-casing and dropping everything but
 * letters and digits ("E-mail" → "email", "Phone_Number" → "phonenumber").
 */
const aliases: Record<ImportField | 'firstName' | 'lastName', string[]> = {
  name: ['name', 'fullname', 'customer', 'customername', 'client', 'clientname', 'contact', 'contactname', 'displayname'],
  firstName: ['firstname', 'first', 'givenname'],
  lastName: ['lastname', 'last', 'surname', 'familyname'],
  email: ['email', 'emailaddress', 'mail', 'primaryemail'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'primaryphone'],
  address: ['address', 'streetaddress', 'street', 'serviceaddress', 'mailingaddress', 'billingaddress', 'fulladdress', 'address1', 'addressline1'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'memo'],
}

const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '')

export type CsvColumns = {
  found: string[]
  used: { name: string } & Record<Exclude<ImportField, 'name'>, string | null>
  ignored: string[]
}

export type CsvCustomerRow = {
  /** The row in the spreadsheet; the header is row 1. */
  rowNumber: number
  /** Trimmed cells, blanks as null. */
  values: ImportValues
  /** Problems with the row itself (stray quotes, extra cells), found while reading. */
  problems: ImportRowError[]
}

/** Undoes the quote our CSV export puts before cells a spreadsheet would run as a formula. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

const quoteProblems: Record<string, string> = {
  MissingQuotes: 'A quoted cell is never closed; check this row for a stray double quote.',
  InvalidQuotes: 'A cell has a stray double quote; wrap cells with quotes in "double quotes" and double the inner ones.',
}

/**
 * Reads a customer CSV with a header row: finds the name, email, phone, address and notes
 * columns by their usual spellings (or a first and last name pair), and returns each non-blank
 * row with its spreadsheet row number. Refuses a file without a recognisable name column, and
 * one with more than {@link MAX_IMPORT_ROWS} rows.
 */
export function readCustomerCsv(text: string): { columns: CsvColumns; rows: CsvCustomerRow[] } {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] })
  const records = parsed.data
  const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '')
  const headerIndex = records.findIndex((record) => !isBlank(record))
  if (headerIndex === -1) throw new ApiError('validation_failed', 'The file has no rows. The first row must name the columns, e.g. name,email,phone,address,notes.')

  const headers = records[headerIndex]!.map((cell) => cell.trim())
  const indexOf: Partial<Record<keyof typeof aliases, number>> = {}
  headers.forEach((header, index) => {
    const key = headerKey(header)
    for (const [field, spellings] of Object.entries(aliases) as [keyof typeof aliases, string[]][]) {
      if (indexOf[field] === undefined && spellings.includes(key)) indexOf[field] = index
    }
  })
  const nameFromParts = indexOf.name === undefined && (indexOf.firstName !== undefined || indexOf.lastName !== undefined)
  if (indexOf.name === undefined && !nameFromParts) {
    const found = headers.filter((h) => h !== '')
    throw new ApiError(
      'validation_failed',
      `No column for the customer's name. The columns found are: ${found.length ? found.map((h) => `"${h}"`).join(', ') : '(none)'}. ` +
        'Name one column "name" (or "Full Name", "Customer"), or use "First Name" and "Last Name".',
      { details: found.map((h, i) => ({ path: `columns.${i}`, message: h })) },
    )
  }
  if (parsed.errors.some((e) => e.row === headerIndex && e.code !== 'UndetectableDelimiter')) {
    throw new ApiError('validation_failed', 'The header row could not be read (check it for stray double quotes).')
  }

  const usedIndexes = new Set(
    (nameFromParts ? [indexOf.firstName, indexOf.lastName] : [indexOf.name])
      .concat([indexOf.email, indexOf.phone, indexOf.address, indexOf.notes])
      .filter((i): i is number => i !== undefined),
  )
  const headerOf = (index: number | undefined) => (index === undefined ? null : headers[index]!)
  const columns: CsvColumns = {
    found: headers,
    used: {
      name: nameFromParts ? [headerOf(indexOf.firstName), headerOf(indexOf.lastName)].filter(Boolean).join(' + ') : headerOf(indexOf.name)!,
      email: headerOf(indexOf.email),
      phone: headerOf(indexOf.phone),
      address: headerOf(indexOf.address),
      notes: headerOf(indexOf.notes),
    },
    ignored: headers.filter((h, i) => h !== '' && !usedIndexes.has(i)),
  }

  const problemsByRecord = new Map<number, ImportRowError[]>()
  for (const error of parsed.errors) {
    const message = quoteProblems[error.code]
    if (message === undefined || error.row === undefined) continue
    problemsByRecord.set(error.row, [...(problemsByRecord.get(error.row) ?? []), { field: 'row', message }])
  }

  const rows: CsvCustomerRow[] = []
  for (let r = headerIndex + 1; r < records.length; r++) {
    const record = records[r]!
    if (isBlank(record)) continue
    if (rows.length === MAX_IMPORT_ROWS) {
      const total = rows.length + records.slice(r).filter((rec) => !isBlank(rec)).length
      throw new ApiError(
        'payload_too_large',
        `The file has ${total.toLocaleString('en-US')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} can be imported at once. Split it into smaller files.`,
      )
    }
    const cellAt = (index: number | undefined) => {
      if (index === undefined) return null
      const cell = unneutralise((record[index] ?? '').trim())
      return cell === '' ? null : cell
    }
    const name = nameFromParts ? [cellAt(indexOf.firstName), cellAt(indexOf.lastName)].filter(Boolean).join(' ') || null : cellAt(indexOf.name)
    const problems = [...(problemsByRecord.get(r) ?? [])]
    const extra = record.slice(headers.length).filter((cell) => cell.trim() !== '').length
    if (extra > 0) {
      problems.push({ field: 'row', message: `This row has ${record.length} cells but the header has ${headers.length}; a comma inside a cell needs "double quotes" around it.` })
    }
    rows.push({
      rowNumber: r + 1,
      values: { name, email: cellAt(indexOf.email), phone: cellAt(indexOf.phone), address: cellAt(indexOf.address), notes: cellAt(indexOf.notes) },
      problems,
    })
  }
  return { columns, rows }
}
