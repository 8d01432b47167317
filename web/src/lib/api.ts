import { getAccessToken } from './supabase';
import { redirectToLogin } from './navigation';

export interface ApiErrorDetail {
  path: string;
  message: string;
}

/** An API failure carrying the message that is safe to show to the user. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly details: ApiErrorDetail[];

  constructor(options: { status: number; code: string; message: string; requestId?: string; details?: ApiErrorDetail[] }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
    this.details = options.details ?? [];
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/** The signed-in user's access token; without one, sends them to sign in and throws a 401. */
export async function accessTokenOrSignIn(): Promise<string> {
  const token = await getAccessToken();
  if (!token) {
    redirectToLogin();
    throw new ApiError({ status: 401, code: 'unauthorized', message: 'Your session has ended. Please sign in again.' });
  }
  return token;
}

/**
 * Calls the ZAFTO API as the signed-in user. Errors arrive as `ApiError`; a missing or
 * expired session sends the browser to the login page.
 *
 * @example
 * const page = await api<Paged<Customer>>('/customers', { query: { search: 'smith', page: 1 } });
 */
export async function api<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const token = await accessTokenOrSignIn();

  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}${queryString(request.query)}`, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: 'Could not reach the ZAFTO server. Check your connection and try again.' });
  }

  if (response.status === 401) {
    redirectToLogin();
    throw await toApiError(response);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

function queryString(query: ApiRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's error body (`{ error: { code, message, requestId, details } }`) as an `ApiError`. */
export async function toApiError(response: Response, fallback = `Something went wrong (HTTP ${response.status}). Please try again.`): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; requestId?: string; details?: ApiErrorDetail[] } };
    const error = body.error ?? {};
    return new ApiError({
      status: response.status,
      code: error.code ?? 'unknown',
      message: error.message || fallback,
      requestId: error.requestId,
      details: Array.isArray(error.details) ? error.details : [],
    });
  } catch {
    return new ApiError({ status: response.status, code: 'unknown', message: fallback });
  }
}

/**
 * Saves a record of `collection` (e.g. `/customers`): a PATCH of `id` when it exists, else a
 * POST that creates it.
 */
export function saveRecord<T>(collection: string, id: string | undefined, body: unknown): Promise<T> {
  return id ? api<T>(`${collection}/${encodeURIComponent(id)}`, { method: 'PATCH', body }) : api<T>(collection, { method: 'POST', body });
}

/**
 * Fetches a non-JSON resource (PDF, CSV, photo) as the signed-in user, for download or
 * display: `URL.createObjectURL(await download('/invoices/…/pdf'))`.
 */
export async function download(path: string, query?: ApiRequest['query']): Promise<Blob> {
  const token = await accessTokenOrSignIn();
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}${queryString(query)}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError({ status: 0, code: 'network', message: 'Could not reach the ZAFTO server. Check your connection and try again.' });
  }
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}

/** Uploads one file as multipart/form-data (`file` field, plus any text fields) and returns the JSON answer. */
export async function upload<T>(path: string, file: File | Blob, fields: Record<string, string> = {}, name = 'upload'): Promise<T> {
  const token = await accessTokenOrSignIn();
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', file, file instanceof File ? file.name : name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', headers: { Accept: 'application/json', Authorization: `Bearer ${token}` }, body: form });
  } catch {
    throw new ApiError({ status: 0, code: 'network', message: 'Could not reach the ZAFTO server. Check your connection and try again.' });
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** `/api/v1/files/…` → `/files/…`, the path `api()` and `download()` expect. */
export const apiPath = (url: string) => url.replace(/^\/api\/v1(?=\/)/, '');

/** The message to show for any failure, API or otherwise. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
