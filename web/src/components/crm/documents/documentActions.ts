import { createSignal } from 'solid-js';
import { documentPaths, type DocumentNoun } from './paths';
import { api } from '../../../lib/api';
import { humanize } from '../../../lib/format';
import type { OutboxEmail, SavedDocument } from '../../../lib/types/bids';

/**
 * The state behind a bid's or invoice's action buttons: which confirmation is open, and the
 * requests they run. Each answers the changed document and a sentence for the notice.
 */
export function createDocumentActions<D extends SavedDocument, Pending extends string>(options: {
  noun: DocumentNoun;
  document: () => D;
  onChanged: (document: D, message: string) => void;
}) {
  const [pending, setPending] = createSignal<Pending>();
  const close = () => setPending(undefined);
  const path = (suffix = '') => documentPaths(options.noun).api(options.document().id, suffix);

  /** A state change (`/accept`, `/void`…) that answers the document. */
  const post = async (suffix: string, body: unknown, message: string) => {
    const changed = await api<D>(path(suffix), { method: 'POST', body });
    close();
    options.onChanged(changed, message);
  };

  /** Emails the PDF to the customer; a failed delivery is said, not thrown (the outbox keeps it). */
  const send = async () => {
    const result = await api<{ email: OutboxEmail } & Partial<Record<DocumentNoun, D>>>(path('/send'), { method: 'POST', body: {} });
    close();
    const { email } = result;
    options.onChanged(
      result[options.noun]!,
      email.status === 'failed' ? `The email to ${email.to} could not be delivered: ${email.error ?? 'unknown reason'}.` : `${humanize(options.noun)} emailed to ${email.to}.`,
    );
  };

  const needsReview = () => options.document().createdByAi && !options.document().reviewedBy;

  return { pending, setPending, close, path, post, send, needsReview };
}
