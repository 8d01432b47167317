import { z } from '@hono/zod-openapi'

/** The most data rows one import may hold. */
export const MAX_IMPORT_ROWS = 10_000

export const importFields = ['name', 'email', 'phone', 'address', 'notes'] as const
export type ImportField = (typeof importFields)[number]

export const duplicateReasons = ['email', 'phone', 'name+address'] as const
export type DuplicateReason = (typeof duplicateReasons)[number]

export const ImportValues = z
  .object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .openapi('CustomerImportValues')

export const ImportRowError = z
  .object({
    field: z.enum([...importFields, 'row']).openapi({ description: '`row` when the problem is the row itself (cells, quotes)' }),
    message: z.string(),
  })
  .openapi('CustomerImportRowError')

export const DuplicateOf = z
  .object({
    customerId: z.uuid().nullable().openapi({ description: 'The existing customer it matches, or null when it matches an earlier row of the file' }),
    rowNumber: z.number().int().nullable().openapi({ description: 'The earlier row of the same file it matches' }),
    name: z.string(),
    reason: z.enum(duplicateReasons),
  })
  .openapi('CustomerImportDuplicate')

export const ImportPreviewRow = z
  .object({
    rowNumber: z.number().int().openapi({ description: 'The row in the spreadsheet; the header is row 1' }),
    values: ImportValues.openapi({ description: 'Normalised when the row is valid (trimmed, email lower-case, blanks null); as read otherwise' }),
    errors: z.array(ImportRowError),
    duplicateOf: DuplicateOf.nullable(),
  })
  .openapi('CustomerImportRow')

const columnSource = z.string().nullable()

export const ImportPreview = z
  .object({
    columns: z.object({
      found: z.array(z.string()).openapi({ description: 'The header row as read' }),
      used: z.object({ name: z.string(), email: columnSource, phone: columnSource, address: columnSource, notes: columnSource }),
      ignored: z.array(z.string()),
    }),
    rows: z.array(ImportPreviewRow),
    summary: z.object({
      rows: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      duplicates: z.number().int().openapi({ description: 'Valid rows that match an existing customer or an earlier row' }),
      ready: z.number().int().openapi({ description: 'Valid rows that are not duplicates' }),
    }),
  })
  .openapi('CustomerImportPreview')

const cell = z.string().nullable().optional()

export const ImportCommitRow = z
  .object({
    rowNumber: z.number().int().min(1).optional().openapi({ description: 'From the preview, to name the row in errors' }),
    name: cell,
    email: cell,
    phone: cell,
    address: cell,
    notes: cell,
  })
  .strict()
  .openapi('CustomerImportCommitRow')

export const ImportCommitInput = z
  .object({
    rows: z
      .array(ImportCommitRow)
      .min(1, { error: 'Send at least one row.' })
      .max(MAX_IMPORT_ROWS, { error: `At most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows per import.` }),
  })
  .strict()
  .openapi('CustomerImportCommit')

export const ImportCommitResult = z
  .object({ created: z.number().int(), customerIds: z.array(z.uuid()) })
  .openapi('CustomerImportResult')

export const ExportQuery = z.object({
  search: z.string().trim().max(200).optional().openapi({ description: 'Matches name, email or phone, as in the list' }),
})

export type ImportValues = z.output<typeof ImportValues>
export type ImportRowError = z.output<typeof ImportRowError>
export type DuplicateOf = z.output<typeof DuplicateOf>
export type ImportPreview = z.output<typeof ImportPreview>
export type ImportCommitRow = z.output<typeof ImportCommitRow>
export type ImportCommitResult = z.output<typeof ImportCommitResult>
