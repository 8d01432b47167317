import { onMount } from 'solid-js';
import { documentPaths, type DocumentNoun } from './paths';
import { createNotice } from '../Notice';
import { syncQuery } from '../../../lib/addressBar';
import { api } from '../../../lib/api';
import { createLoadOnce } from '../../../lib/loader';
import type { SavedDocument } from '../../../lib/types/bids';

/**
 * One bid or invoice for its page: the loaded document, the notice that confirms what just
 * happened (`?saved=` from the editor names it), and `changed` for an action's answer.
 */
export function createDocumentPage<D extends SavedDocument>(options: { noun: DocumentNoun; id: string; savedMessages: Record<string, string>; noticeMs?: number }) {
  const loader = createLoadOnce((signal) => api<D>(documentPaths(options.noun).api(options.id), { signal }));
  const notice = createNotice(options.noticeMs);
  onMount(() => {
    const saved = new URLSearchParams(window.location.search).get('saved');
    if (!saved) return;
    const message = options.savedMessages[saved];
    if (message) notice.show(message);
    syncQuery({ saved: undefined });
  });
  const changed = (next: D, message: string) => {
    loader.mutate(next);
    notice.show(message);
  };
  return { noun: options.noun, document: loader, notice, changed };
}

export type DocumentPage<D extends SavedDocument> = ReturnType<typeof createDocumentPage<D>>;
