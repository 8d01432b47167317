import { ApiError } from '../lib/errors'

/**
 * The text of an uploaded CSV: UTF-8 only (a UTF-8 byte-order mark is dropped). UTF-16 and
 * bytes that are not valid UTF-8 are refused with a message saying how to re-save the file.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new ApiError('validation_failed', 'The file is empty.')
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ApiError('validation_failed', 'The file is saved as UTF-16 (Unicode text). Save it as "CSV UTF-8" and upload it again.')
  }
  let text: string
  try {
    // ignoreBOM false (the default) drops a leading UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ApiError('validation_failed', 'The file is not valid UTF-8 text (it may be saved as Windows-1252 or Latin-1). Save it as "CSV UTF-8" and upload it again.')
  }
  if (text.includes('\u0000')) throw new ApiError('validation_failed', 'This is not a CSV text file. Export the spreadsheet as CSV and upload that.')
  return text
}
