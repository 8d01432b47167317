import { api } from '../../../lib/api';
import { createLoader } from '../../../lib/loader';
import type { Member } from '../../../lib/types';

export type Assignable = { userId: string; email: string; role: Member['role'] };

/**
 * The company's signed-up members (people who can be assigned and clock in), techs first.
 * Invited people without an account yet cannot be assigned.
 */
export function createMembers(companyId: string) {
  const loader = createLoader(
    () => companyId,
    (id, signal) => api<{ data: Member[] }>(`/companies/${encodeURIComponent(id)}/members`, { signal }),
  );
  const people = (): Assignable[] =>
    (loader.data()?.data ?? [])
      .filter((member): member is Member & { userId: string } => member.status === 'active' && member.userId !== null)
      .map((member) => ({ userId: member.userId, email: member.email, role: member.role }))
      .sort((a, b) => Number(b.role === 'tech') - Number(a.role === 'tech') || a.email.localeCompare(b.email));
  return { people, error: loader.error, loading: loader.loading, reload: loader.reload };
}

/** `sam.ortiz@…` → `sam.ortiz`: short enough for a chip or a calendar card. */
export const shortName = (email: string | null | undefined) => (email ? email.split('@')[0]! : 'Someone');
