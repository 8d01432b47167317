import { createSignal } from 'solid-js';
import { api } from '../../../lib/api';
import { createLoader } from '../../../lib/loader';

/**
 * A customer's sub-records (properties, equipment) under `path`: the list, which one is open
 * in its dialog (`'new'` for an empty one), which one waits for a delete confirmation, and the
 * steps after a save or a delete. `onChanged` receives the sentence for the notice.
 */
export function createChildList<T extends { id: string }>(path: () => string, onChanged: (message: string) => void) {
  const list = createLoader(path, (base, signal) => api<{ data: T[] }>(base, { signal }));
  const [editing, setEditing] = createSignal<T | 'new'>();
  const [deleting, setDeleting] = createSignal<T>();
  const rows = () => list.data()?.data ?? [];

  /** After the dialog saved one: closes it, says so, and loads the list again. */
  const saved = (message: string) => {
    setEditing(undefined);
    onChanged(message);
    void list.reload();
  };

  /** Deletes the one waiting for confirmation (a failure stays in the confirmation). */
  const remove = async (message: (item: T) => string) => {
    const item = deleting();
    if (!item) return;
    await api<void>(`${path()}/${encodeURIComponent(item.id)}`, { method: 'DELETE' });
    setDeleting(undefined);
    onChanged(message(item));
    void list.reload();
  };

  return { list, rows, editing, setEditing, deleting, setDeleting, saved, remove };
}

export type ChildList<T extends { id: string }> = ReturnType<typeof createChildList<T>>;
