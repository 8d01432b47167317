import { importFields, type ImportField, type ImportRowError, type ImportValues } from './import-schemas'
import { CustomerInput } from './schemas'

/** Checks one row with the same rules as `POST /customers`; the normalised values when valid. */
export function validateImportRow(values: Partial<ImportValues>): { values: ImportValues | null; errors: ImportRowError[] } {
  const parsed = CustomerInput.safeParse({
    name: values.name ?? '',
    email: values.email ?? null,
    phone: values.phone ?? null,
    address: values.address ?? null,
    notes: values.notes ?? null,
  })
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const field = issue.path[0]
      return { field: importFields.includes(field as ImportField) ? (field as ImportField) : ('row' as const), message: issue.message }
    })
    return { values: null, errors }
  }
  const { name, email, phone, address, notes } = parsed.data
  return { values: { name, email: email ?? null, phone: phone ?? null, address: address ?? null, notes: notes ?? null }, errors: [] }
}
