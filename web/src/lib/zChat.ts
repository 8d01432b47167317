import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { accessTokenOrSignIn, api, ApiError, toApiError } from './api';
import { redirectToLogin } from './navigation';
import { sessionContextForRequest } from './zSession';

/** Talking to Z from the CRM and the client portal: a streamed chat answer, confirming what Z proposed, and feedback. */

/** Where Z is asked from: the contractor's CRM, a homeowner's client portal or the staff's ops portal (it decides the persona's surface). */
export type ZPlatform = 'web_crm' | 'client_portal' | 'ops_portal';

/** A source under an answer: a record, a knowledge document, a code section or a pattern. */
export interface ZSource {
  kind: 'record' | 'knowledge' | 'code' | 'pattern';
  title: string;
  /** A CRM path (`/crm/jobs/view/?id=…`) or a publisher's link. */
  url?: string;
  snippet?: string;
}

/** A chip under an answer: open a page, or ask a follow-up. */
export type ZSuggestedAction = { label: string; kind: 'navigate'; href: string } | { label: string; kind: 'ask'; message: string };

/** A change Z proposed; nothing happens until the user confirms it. */
export interface ZPendingIntent {
  id: string;
  action: string;
  summary: string;
  params: Record<string, unknown>;
  expiresAt?: string;
}

/** Z's whole answer, as the final `done` event (or a plain JSON reply) carries it. */
export interface ZReply {
  conversation_id: string;
  message_index: number;
  response: string;
  sources: ZSource[];
  suggested_actions: ZSuggestedAction[];
  model_used: string;
  tier: string;
  confidence: number;
  uncertain: boolean;
  pending_intent?: ZPendingIntent;
}

/** A confirmed or cancelled intent. */
export interface ZIntentOutcome {
  id: string;
  action: string;
  status: 'executed' | 'cancelled';
  summary: string;
  result?: { entityType: string; id: string; href?: string; message: string };
}

export interface AskZOptions {
  message: string;
  /** Continues that conversation; omitted, Z starts a new one. */
  conversationId?: string;
  /** Default `web_crm`. */
  platform?: ZPlatform;
  /** Called with each piece of the answer as it arrives. */
  onDelta: (text: string) => void;
  /** Called when Z drops the text so far (a stronger model answers again from the start). */
  onReset: () => void;
  signal?: AbortSignal;
}

const NETWORK_MESSAGE = 'Could not reach the ZAFTO server. Check your connection and try again.';

/**
 * Asks Z as the signed-in user, with the session context of this page, and streams the
 * answer: `onDelta` gets the text as it arrives (`onReset` says to start it over), the
 * promise the whole reply. Failures
 * (before or during the stream) reject with an `ApiError` whose message can be shown.
 *
 * @example
 * const reply = await askZ({ message: 'jobs tomorrow', conversationId, onDelta: (text) => append(text), onReset: () => clear() });
 */
export async function askZ(options: AskZOptions): Promise<ZReply> {
  const token = await accessTokenOrSignIn();
  let response: Response;
  try {
    response = await fetch('/api/v1/ai/chat', {
      method: 'POST',
      headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        message: options.message,
        conversation_id: options.conversationId,
        platform: options.platform ?? 'web_crm',
        session_context: sessionContextForRequest(),
        // "Today" and "tomorrow" are the person's, not the server's.
        time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        stream: true,
      }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: NETWORK_MESSAGE });
  }
  if (response.status === 401) redirectToLogin();
  if (!response.ok) throw await errorFromResponse(response);
  if (!response.headers.get('content-type')?.includes('text/event-stream')) return (await response.json()) as ZReply;
  return readStream(response, options);
}

/** Reads `delta` (and `reset`) events into the callbacks until `done` (the reply) or `error` (rejects). */
async function readStream(response: Response, callbacks: Pick<AskZOptions, 'onDelta' | 'onReset'>): Promise<ZReply> {
  if (!response.body) throw new ApiError({ status: response.status, code: 'stream', message: 'Z sent an empty answer. Please ask again.' });
  let reply: ZReply | undefined;
  let failure: ApiError | undefined;
  const onEvent = (event: EventSourceMessage) => {
    if (reply || failure) return;
    const data = parseJson(event.data);
    if (event.event === 'delta' && typeof data?.text === 'string') callbacks.onDelta(data.text);
    else if (event.event === 'reset') callbacks.onReset();
    else if (event.event === 'done' && data) reply = data as unknown as ZReply;
    else if (event.event === 'error') {
      const error = (data?.error ?? {}) as { code?: string; message?: string };
      failure = new ApiError({ status: response.status, code: error.code ?? 'stream', message: error.message || 'Z could not finish the answer. Please ask again.' });
    }
  };
  const parser = createParser({ onEvent });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    while (!reply && !failure) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(value);
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: 'The connection dropped while Z was answering. Check your connection and ask again.' });
  }
  // The server ends the stream right after its last event: let it finish on its own rather
  // than cut the connection, without holding the answer back for it.
  void drain(reader);
  if (failure) throw failure;
  if (!reply) throw new ApiError({ status: response.status, code: 'stream', message: 'Z’s answer was cut off. Please ask again.' });
  return reply;
}

async function drain(reader: ReadableStreamDefaultReader<string>) {
  try {
    while (!(await reader.read()).done);
  } catch {
    // A connection that drops after the answer is complete loses nothing.
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The API's error body as an `ApiError`, with a fallback message about Z. */
const errorFromResponse = (response: Response) => toApiError(response, `Z is not available right now (HTTP ${response.status}). Please try again in a moment.`);

/** Carries out a change Z proposed. Only the person who asked can; a second confirm answers 409. */
export async function confirmIntent(intentId: string): Promise<ZIntentOutcome> {
  const { intent } = await api<{ intent: ZIntentOutcome }>(`/ai/intents/${encodeURIComponent(intentId)}/confirm`, { method: 'POST', body: {} });
  return intent;
}

/** Discards a change Z proposed; nothing is written. */
export async function cancelIntent(intentId: string): Promise<ZIntentOutcome> {
  const { intent } = await api<{ intent: ZIntentOutcome }>(`/ai/intents/${encodeURIComponent(intentId)}/cancel`, { method: 'POST', body: {} });
  return intent;
}

export type FeedbackCategory = 'inaccurate' | 'irrelevant' | 'unclear' | 'other';

/** 👍 or 👎 on one answer (`messageIndex` of `conversationId`), with what was wrong for a 👎. */
export function sendFeedback(feedback: { conversationId: string; messageIndex: number; signal: 'positive' | 'negative'; category?: FeedbackCategory; comment?: string }): Promise<{ id: string }> {
  return api<{ id: string }>('/ai/feedback', {
    method: 'POST',
    body: {
      conversation_id: feedback.conversationId,
      message_index: feedback.messageIndex,
      signal: feedback.signal,
      category: feedback.category,
      comment: feedback.comment,
    },
  });
}

export type CorrectionSeverity = 'minor' | 'major' | 'safety_critical';

/** What the answer should have been; Z defers to it for this user until it is reviewed. */
export function sendCorrection(correction: {
  conversationId?: string;
  originalResponse: string;
  correctionText: string;
  codeReference?: string;
  severity: CorrectionSeverity;
}): Promise<{ id: string }> {
  return api<{ id: string }>('/ai/corrections', {
    method: 'POST',
    body: {
      conversation_id: correction.conversationId,
      original_response: correction.originalResponse,
      correction_text: correction.correctionText,
      code_reference: correction.codeReference,
      severity: correction.severity,
    },
  });
}
