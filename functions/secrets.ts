import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export type LocalSecrets = { jwtSecret: string }

/**
 * The embedded default's JWT secret: made once, kept under DATA_DIR (mode 600) so sessions
 * survive restarts. `dataDir: null` keeps it in memory (tests).
 */
export async function loadOrCreateSecrets(dataDir: string | null): Promise<LocalSecrets> {
  const fresh = (): LocalSecrets => ({ jwtSecret: randomBytes(48).toString('base64url') })
  if (!dataDir) return fresh()
  const file = join(dataDir, 'secrets.json')
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const secrets = fresh()
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 })
  return secrets
}
