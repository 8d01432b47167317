import { ApiError } from './errors'

/**
 * Where uploaded bytes live (job photos, receipts, logos, generated PDFs). Rows in `files`
 * point at `bucket/path`; the bytes go through this interface so the same code runs with
 * local disk (embedded default), memory (tests) or Supabase Storage (production).
 */
export type Storage = {
  readonly kind: 'disk' | 'memory' | 'supabase' | 'none'
  put(bucket: string, path: string, bytes: Uint8Array, contentType: string): Promise<void>
  /** The bytes, or null when nothing is stored there. */
  get(bucket: string, path: string): Promise<Uint8Array | null>
  delete(bucket: string, path: string): Promise<void>
}

const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/

/** Refuses paths that could climb out of a bucket (`..`, absolute, odd characters). */
export function assertSafePath(bucket: string, path: string) {
  const segments = [bucket, ...path.split('/')]
  if (segments.some((s) => !SAFE_SEGMENT.test(s) || s === '.' || s === '..')) {
    throw new Error(`Unsafe storage path: ${bucket}/${path}`)
  }
}

export function memoryStorage(): Storage {
  const objects = new Map<string, Uint8Array>()
  return {
    kind: 'memory',
    async put(bucket, path, bytes) {
      assertSafePath(bucket, path)
      objects.set(`${bucket}/${path}`, bytes.slice())
    },
    async get(bucket, path) {
      assertSafePath(bucket, path)
      return objects.get(`${bucket}/${path}`)?.slice() ?? null
    },
    async delete(bucket, path) {
      objects.delete(`${bucket}/${path}`)
    },
  }
}

/** Files under `root/bucket/path` on local disk (Node only: imports node:fs lazily). */
export function diskStorage(root: string): Storage {
  const fs = () => import('node:fs/promises')
  const pathOf = (bucket: string, path: string) => {
    assertSafePath(bucket, path)
    return `${root}/${bucket}/${path}`
  }
  return {
    kind: 'disk',
    async put(bucket, path, bytes) {
      const { mkdir, writeFile } = await fs()
      const file = pathOf(bucket, path)
      await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true })
      await writeFile(file, bytes)
    },
    async get(bucket, path) {
      const { readFile } = await fs()
      try {
        return new Uint8Array(await readFile(pathOf(bucket, path)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async delete(bucket, path) {
      const { rm } = await fs()
      await rm(pathOf(bucket, path), { force: true })
    },
  }
}

/**
 * Supabase Storage through its REST API with the service role key (the API has already
 * decided the caller may touch the file; buckets stay private).
 */
export function supabaseStorage({ url, serviceRoleKey, fetch: fetchFn = fetch }: { url: string; serviceRoleKey: string; fetch?: typeof fetch }): Storage {
  const endpoint = (bucket: string, path: string) => {
    assertSafePath(bucket, path)
    return `${url.replace(/\/$/, '')}/storage/v1/object/${bucket}/${path}`
  }
  const headers = { authorization: `Bearer ${serviceRoleKey}`, apikey: serviceRoleKey }
  return {
    kind: 'supabase',
    async put(bucket, path, bytes, contentType) {
      const response = await fetchFn(endpoint(bucket, path), {
        method: 'POST',
        headers: { ...headers, 'content-type': contentType, 'x-upsert': 'true' },
        body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
      })
      if (!response.ok) throw new Error(`Supabase Storage upload failed: ${response.status} ${await response.text()}`)
    },
    async get(bucket, path) {
      const response = await fetchFn(endpoint(bucket, path), { headers })
      if (response.status === 404 || response.status === 400) return null
      if (!response.ok) throw new Error(`Supabase Storage download failed: ${response.status}`)
      return new Uint8Array(await response.arrayBuffer())
    },
    async delete(bucket, path) {
      await fetchFn(endpoint(bucket, path), { method: 'DELETE', headers })
    },
  }
}

/** For a host with no storage configured: uploads answer with what to configure. */
export function noStorage(): Storage {
  const refuse = async (): Promise<never> => {
    throw new ApiError('unavailable', 'File storage is not configured on this server. Set SUPABASE_SERVICE_ROLE_KEY (see README, "Configuration").')
  }
  return { kind: 'none', put: refuse, get: refuse, delete: refuse }
}

/**
 * The storage a host gets from its config: Supabase Storage when a service role key is set,
 * otherwise `local` (disk or memory on Node) or none (a Worker without the key).
 */
export const storageFor = (config: { supabaseUrl: string; serviceRoleKey?: string }, local: () => Storage): Storage =>
  config.serviceRoleKey ? supabaseStorage({ url: config.supabaseUrl, serviceRoleKey: config.serviceRoleKey }) : local()
