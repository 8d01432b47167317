import { FORGOTTEN_LIMIT, type MemoryProfile } from './profile'

/**
 * The profile without the item `id` (wherever it is), with the id remembered as forgotten so
 * the same observation is not learned again; null when the profile has no such item.
 */
export function forgetItem(profile: MemoryProfile, id: string): MemoryProfile | null {
  const { professional, communication } = profile
  const keep = <T extends { id: string }>(list: T[]) => list.filter((item) => item.id !== id)
  const clear = <T extends object>(fields: T) => Object.fromEntries(Object.entries(fields).filter(([, value]) => !(value && typeof value === 'object' && 'id' in value && value.id === id))) as T
  const next: MemoryProfile = {
    ...profile,
    professional: { ...clear(professional), strengths: keep(professional.strengths), growth_areas: keep(professional.growth_areas) },
    communication: clear(communication),
    corrections: keep(profile.corrections),
    active_threads: keep(profile.active_threads),
  }
  if (JSON.stringify(next) === JSON.stringify(profile)) return null
  return { ...next, forgotten: [...profile.forgotten.filter((known) => known !== id), id].slice(-FORGOTTEN_LIMIT) }
}
