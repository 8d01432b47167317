import { asAdmin } from './db'
import type { TestServer } from './server'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

/** A small client for the API as one signed-in person (or nobody, without a token). */
export function apiAs(server: TestServer, token?: string) {
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
  }
  /** The raw response, for PDFs, CSV and other non-JSON bodies. */
  function raw(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}) {
    return fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
      body: init.body,
    })
  }
  /** A multipart upload of `bytes` as the `file` field. */
  async function upload<T = any>(path: string, bytes: Uint8Array, name: string, contentType: string, fields: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const form = new FormData()
    for (const [key, value] of Object.entries(fields)) form.set(key, value)
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: contentType }))
    const response = await raw('POST', path, { body: form })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
  }
  return {
    call,
    raw,
    upload,
    put: <T = any>(path: string, body: unknown) => call<T>('PUT', path, body),
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body: unknown) => call<T>('POST', path, body),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
  }
}

export type Api = ReturnType<typeof apiAs>

let counter = 0
/** A unique email per call, so tests never collide. */
export const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${++counter}@test.zafto.test`

export type Account = { userId: string; email: string; accessToken: string; refreshToken: string; api: Api }

/** Signs a new person up through /auth/v1/signup, as supabase-js would. */
export async function signUp(server: TestServer, label = 'user', password = 'a-long-enough-password'): Promise<Account> {
  const email = uniqueEmail(label)
  const response = await fetch(`${server.url}/auth/v1/signup`, {
    method: 'POST',
    headers: { apikey: server.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const session = (await response.json()) as any
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(session)}`)
  return { userId: session.user.id, email, accessToken: session.access_token, refreshToken: session.refresh_token, api: apiAs(server, session.access_token) }
}

/** Signs an existing person in with their password (password grant), as supabase-js would. */
export async function signIn(server: TestServer, email: string, password = 'a-long-enough-password'): Promise<Account> {
  const response = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: server.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const session = (await response.json()) as any
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(session)}`)
  return { userId: session.user.id, email, accessToken: session.access_token, refreshToken: session.refresh_token, api: apiAs(server, session.access_token) }
}

/**
 * A platform staff account: signed up, marked `role: ops` in app_metadata by the service
 * connection (as the Supabase admin API would), then signed in again so the token carries it.
 */
export async function signUpOps(server: TestServer, label = 'ops'): Promise<Account> {
  const account = await signUp(server, label)
  await asAdmin(server, (sql) => sql`update auth.users set raw_app_meta_data = raw_app_meta_data || '{"role":"ops"}'::jsonb where id = ${account.userId}`)
  return signIn(server, account.email)
}

export type Team = { companyId: string; owner: Account; admin: Account; office: Account; tech: Account }

/** A company with one person in each role. */
export async function createTeam(server: TestServer, name = 'Test Electric'): Promise<Team> {
  const owner = await signUp(server, 'owner')
  const company = await owner.api.post('/companies', { name, trades: ['electrical'], state: 'CT' })
  if (company.status !== 201) throw new Error(`company create failed: ${JSON.stringify(company.body)}`)
  const [admin, office, tech] = await Promise.all([signUp(server, 'admin'), signUp(server, 'office'), signUp(server, 'tech')])
  for (const [account, role] of [[admin, 'admin'], [office, 'office'], [tech, 'tech']] as const) {
    const added = await owner.api.post(`/companies/${company.body.id}/members`, { email: account.email, role })
    if (added.status !== 201) throw new Error(`member add failed: ${JSON.stringify(added.body)}`)
  }
  return { companyId: company.body.id, owner, admin, office, tech }
}
