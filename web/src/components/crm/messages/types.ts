/** The contractor's inbox, as `/messages/*` sends it. Bodies are plain text: render them as text, never as HTML. */

export type MessageSender = 'contractor' | 'homeowner' | 'system';

export interface ThreadMessage {
  id: string;
  sender: MessageSender;
  /** The team member for the contractor's messages, the customer for the homeowner's. */
  senderName: string;
  body: string;
  createdAt: string;
  /** When the other side read it. */
  readAt: string | null;
}

export interface ThreadSummary {
  id: string;
  customer: { id: string; name: string };
  /** Threads started elsewhere (a job) may have none. */
  subject: string | null;
  jobId: string | null;
  lastMessageAt: string | null;
  /** The homeowner's messages the team has not read. */
  unreadCount: number;
  lastMessage: { body: string; sender: MessageSender; createdAt: string } | null;
}

export interface ThreadList {
  items: ThreadSummary[];
  unreadTotal: number;
}

export interface ThreadDetail {
  id: string;
  customer: { id: string; name: string };
  subject: string | null;
  jobId: string | null;
  messages: ThreadMessage[];
}

/** Limits the API applies (and the forms check first). */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

/** A thread's subject, or what to call one without. */
export const subjectOf = (thread: { subject: string | null }) => thread.subject || 'No subject';
