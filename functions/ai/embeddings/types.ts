/** Turns text into vectors for Layer 2. The model name is stored with every chunk it embedded. */
export type Embedder = {
  /** Stored per chunk; a different model means the corpus must be re-embedded. */
  model: string
  dimensions: number
  embed(texts: string[]): Promise<number[][]>
}
