import { createSignal, For, Show } from 'solid-js';
import ActionDialog from '../ActionDialog';
import LoadStatus from '../LoadStatus';
import { createNotice, Notice } from '../Notice';
import { FormError } from '../fields';
import { api, errorMessage } from '../../../lib/api';
import { createLoadOnce } from '../../../lib/loader';

/** What Z remembers about the signed-in person, as `GET /ai/memory` returns it. */

export interface MemoryItem {
  id: string;
  section: 'professional' | 'communication' | 'corrections' | 'active_threads';
  label: string;
  text: string;
  /** false: stored, but Z does not use it until another conversation confirms it. */
  surfaced: boolean;
  confidence: number | null;
  reinforced: number | null;
  date: string;
  status?: 'pending' | 'confirmed' | 'rejected';
}

export interface PersonaMemory {
  persona: string;
  version: number;
  updatedAt: string;
  items: MemoryItem[];
  meta: { total_interactions: number; first_interaction: string | null; topics_discussed: number; corrections_submitted: number };
}

export function loadMemory(signal?: AbortSignal): Promise<PersonaMemory[]> {
  return api<{ memories: PersonaMemory[] }>('/ai/memory', { signal }).then((body) => body.memories);
}

/** Forgets one item; resolves to that persona's memory without it. */
export function forgetMemoryItem(id: string): Promise<PersonaMemory> {
  return api<PersonaMemory>(`/ai/memory/items/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Forgets everything, in every persona. */
export function forgetEverything(): Promise<{ forgotten: number }> {
  return api<{ forgotten: number }>('/ai/memory', { method: 'DELETE' });
}

export const PERSONA_LABELS: Record<string, string> = {
  owner_admin: 'As an owner or admin',
  office: 'In the office',
  field_tech: 'In the field',
  homeowner: 'As a homeowner',
  ops: 'On the ZAFTO team',
};

export const SECTION_LABELS: Record<MemoryItem['section'], string> = {
  professional: 'Your work',
  communication: 'How you like answers',
  active_threads: 'Ongoing work',
  corrections: 'Your corrections',
};

const SECTIONS: ReadonlyArray<MemoryItem['section']> = ['professional', 'communication', 'active_threads', 'corrections'];
const STATUS_LABELS = { pending: 'Awaiting review', confirmed: 'Confirmed', rejected: 'Not accepted' } as const;

/**
 * Settings → What Z remembers: everything Z has learned about the signed-in person, in each
 * role they use Z in, with a way to delete any item or everything. Open to every role.
 */
export default function ZMemory() {
  const memory = createLoadOnce((signal) => loadMemory(signal));
  const [confirming, setConfirming] = createSignal(false);
  const [busyId, setBusyId] = createSignal<string | null>(null);
  const [error, setError] = createSignal('');
  const notice = createNotice();

  const hasItems = () => (memory.data() ?? []).some((persona) => persona.items.length > 0);

  const forget = async (item: MemoryItem) => {
    setBusyId(item.id);
    setError('');
    try {
      const updated = await forgetMemoryItem(item.id);
      memory.mutate((memory.data() ?? []).map((persona) => (persona.persona === updated.persona ? updated : persona)));
      notice.show('Forgotten. Z will not use it again.');
    } catch (cause) {
      setError(`Z could not forget that: ${errorMessage(cause)}`);
    }
    setBusyId(null);
  };

  const forgetAll = async () => {
    await forgetEverything();
    memory.mutate([]);
    setConfirming(false);
    notice.show('Z has forgotten everything it learned about you.');
  };

  return (
    <section class="max-w-3xl" aria-labelledby="z-memory-heading" data-testid="z-memory">
      <div class="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="z-memory-heading" class="text-lg font-semibold text-slate-900">
            What Z remembers about you
          </h2>
          <p class="mt-1 text-sm text-slate-600">
            Z learns from your conversations — what you are working on, how you like answers, and your corrections — so it does not have to ask again. Only you can see this. Delete anything you do not want Z to use.
          </p>
        </div>
        <Show when={hasItems()}>
          <button type="button" class="btn-danger" onClick={() => setConfirming(true)} data-testid="z-memory-forget-all">
            Forget everything
          </button>
        </Show>
      </div>
      <LoadStatus loader={memory} errorTestId="z-memory-error" errorClass="mt-6">
        <p class="card mt-6 px-4 py-6 text-sm text-slate-500" aria-busy="true" data-testid="z-memory-loading">
          Loading what Z remembers…
        </p>
      </LoadStatus>
      <FormError message={error()} testId="z-memory-forget-error" />
      <Show when={memory.data() && !hasItems()}>
        <p class="card mt-6 px-6 py-5 text-sm text-slate-600" data-testid="z-memory-empty">
          Z does not remember anything about you yet. It starts learning after a few messages in a conversation.
        </p>
      </Show>
      <For each={(memory.data() ?? []).filter((persona) => persona.items.length > 0)}>
        {(persona) => <PersonaCard persona={persona} busyId={busyId()} onForget={(item) => void forget(item)} />}
      </For>
      <ActionDialog
        open={confirming()}
        title="Forget everything?"
        description="Z erases everything it learned about you, in every role. Your conversations and submitted corrections are kept. This cannot be undone."
        confirmLabel="Forget everything"
        busyLabel="Forgetting…"
        danger
        onConfirm={forgetAll}
        onClose={() => setConfirming(false)}
        testId="z-memory-confirm"
      />
      <Notice message={notice.message()} />
    </section>
  );
}

function PersonaCard(props: { persona: PersonaMemory; busyId: string | null; onForget: (item: MemoryItem) => void }) {
  const itemsIn = (section: MemoryItem['section']) => props.persona.items.filter((item) => item.section === section);
  return (
    <div class="card mt-6" data-testid="z-memory-persona" data-persona={props.persona.persona}>
      <div class="border-b border-slate-200 px-4 py-3">
        <h3 class="text-sm font-semibold text-slate-900">{PERSONA_LABELS[props.persona.persona] ?? props.persona.persona}</h3>
        <Show when={props.persona.meta.total_interactions > 0}>
          <p class="text-xs text-slate-500">
            From {props.persona.meta.total_interactions} question{props.persona.meta.total_interactions === 1 ? '' : 's'} in {props.persona.meta.topics_discussed} conversation
            {props.persona.meta.topics_discussed === 1 ? '' : 's'}
          </p>
        </Show>
      </div>
      <For each={SECTIONS.filter((section) => itemsIn(section).length > 0)}>
        {(section) => (
          <div class="px-4 py-3">
            <h4 class="text-xs font-semibold tracking-wide text-slate-500 uppercase">{SECTION_LABELS[section]}</h4>
            <ul class="mt-2 divide-y divide-slate-100">
              <For each={itemsIn(section)}>
                {(item) => (
                  <li class="flex items-start justify-between gap-3 py-2" data-testid="z-memory-item" data-item-id={item.id} data-surfaced={item.surfaced}>
                    <div class="min-w-0 text-sm">
                      <span class="font-medium text-slate-900">{item.label}:</span> <span class="text-slate-700">{item.text}</span>
                      <div class="mt-0.5 flex flex-wrap gap-2 text-xs text-slate-500">
                        <span>{item.date}</span>
                        <Show when={item.status}>{(status) => <span class="rounded bg-slate-100 px-1.5">{STATUS_LABELS[status()]}</span>}</Show>
                        <Show when={!item.surfaced}>
                          <span class="rounded bg-amber-50 px-1.5 text-amber-700" title="Z stores this but does not use it until another conversation confirms it.">
                            Not used yet — Z is not sure
                          </span>
                        </Show>
                      </div>
                    </div>
                    <button
                      type="button"
                      class="btn-ghost shrink-0 py-1 text-sm"
                      disabled={props.busyId === item.id}
                      onClick={() => props.onForget(item)}
                      aria-label={`Forget “${item.text}”`}
                      data-testid="z-memory-forget"
                    >
                      {props.busyId === item.id ? 'Forgetting…' : 'Delete'}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </For>
    </div>
  );
}
