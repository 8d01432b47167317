/**
 * Password hashing with PBKDF2-HMAC-SHA256 through WebCrypto, so it runs on Node and Workers
 * without native code. The iteration count is stored with the hash, so it can be raised later
 * without invalidating existing passwords.
 */
const ITERATIONS = 600_000
const encoder = new TextEncoder()

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256)
  return new Uint8Array(bits)
}

/** @example const stored = await hashPassword('correct horse battery staple') */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const hash = await derive(password, salt, ITERATIONS)
  return `pbkdf2-sha256$${ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`
}

/** Constant-time check of a password against a stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, expected] = stored.split('$')
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !expected) return false
  const actual = await derive(password, fromBase64(salt), Number(iterations))
  const wanted = fromBase64(expected)
  if (actual.length !== wanted.length) return false
  let diff = 0
  for (let i = 0; i < actual.length; i++) diff |= actual[i]! ^ wanted[i]!
  return diff === 0
}

/** A hash of a random password, checked when the email is unknown so timing does not tell. */
export const decoyHash = hashPassword(crypto.randomUUID())
