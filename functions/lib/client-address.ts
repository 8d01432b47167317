import type { Context } from 'hono'

/**
 * The caller's IP address, recorded with signatures: the socket's address on the Node host,
 * Cloudflare's `cf-connecting-ip` on Workers (set by the edge, not the client). Null when
 * neither host says.
 */
export function clientAddress(c: Context): string | null {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  if (incoming) return incoming.socket?.remoteAddress ?? null
  return c.req.header('cf-connecting-ip') ?? null
}
