import { Random } from '../seed/random'

/** splitmix32: spreads a few small integers (seed, company index, purpose) over 32 bits. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0
  let z = next
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return [next, (z ^ (z >>> 16)) >>> 0]
}

/**
 * A random stream for one tenant and purpose, keyed by (seed, company index, purpose). It keeps
 * db/seed/random.ts's helpers but draws from sfc32 (128 bits of state): mulberry32 has one
 * 2^32 cycle, so thousands of tenants seeded from it would replay each other's numbers.
 * Each tenant having its own stream is what makes the output independent of batch sizes.
 */
export class StreamRandom extends Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(...keys: number[]) {
    super(0)
    let state = 0x2545f491
    let out = 0
    const words: number[] = []
    for (const key of keys) {
      ;[state, out] = splitmix32(state ^ (key >>> 0))
      state = (state + out) | 0
    }
    for (let i = 0; i < 4; i++) {
      ;[state, out] = splitmix32(state)
      words.push(out)
    }
    ;[this.a, this.b, this.c, this.d] = words as [number, number, number, number]
    for (let i = 0; i < 12; i++) this.next()
  }

  override next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** A standard normal draw (Box–Muller, one value per call so the stream stays simple). */
  normal(): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  /** A lognormal draw: `median × e^(sigma·Z)`. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal())
  }
}

/** A stable number in [0, 1) for a string (FNV-1a), for per-item constants such as a price trend. */
export function unitHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d)
  return ((h ^ (h >>> 12)) >>> 0) / 4294967296
}
