import { ApiError, errorMessage } from './api';

export type FieldErrors = Record<string, string>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Same shape check the API applies; the server stays the authority. */
export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}

/** Checks a required name the way the API does: present after trimming, at most `max` characters. */
export function checkName(value: string, label: string, max = 200): string | undefined {
  const name = value.trim();
  if (!name) return `${label} is required.`;
  if (name.length > max) return `${label} must be ${max} characters or fewer.`;
  return undefined;
}

/** Checks an optional email address. */
export function checkOptionalEmail(value: string): string | undefined {
  const email = value.trim();
  if (email && !isEmail(email)) return 'Enter a valid email address, like name@example.com.';
  return undefined;
}

/** Drops empty entries so an error map is empty exactly when the form is valid. */
export function compactErrors(errors: Record<string, string | undefined>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/**
 * Splits a 422's `details` into messages for known fields and the rest. A detail belongs to
 * the last segment of its `path` that names a field, so `name`, `body.name` and `trades.0`
 * all find their input.
 */
export function fieldErrorsFromApi(error: unknown, fields: readonly string[]): { fields: FieldErrors; other: string[] } {
  const result = { fields: {} as FieldErrors, other: [] as string[] };
  if (!(error instanceof ApiError)) return result;
  for (const detail of error.details) {
    const segments = String(detail.path ?? '').split(/[.[\]/]/).filter(Boolean);
    const field = segments.reverse().find((segment) => fields.includes(segment));
    if (!field) result.other.push(detail.message);
    else result.fields[field] ??= detail.message;
  }
  return result;
}

/** Trimmed text, or null when blank: how optional fields travel to the API. */
export function optionalText(value: string): string | null {
  const text = value.trim();
  return text ? text : null;
}

/**
 * What a failed save shows: messages beside the fields the API named, and one line for the
 * form (other details, a pointer to the highlighted fields, or the error's own message).
 */
export function describeFailure(error: unknown, fields: readonly string[]): { fields: FieldErrors; message: string } {
  const split = fieldErrorsFromApi(error, fields);
  let message = split.other.join(' ');
  if (!message) message = Object.keys(split.fields).length > 0 ? 'Please fix the highlighted fields.' : errorMessage(error);
  return { fields: split.fields, message };
}
