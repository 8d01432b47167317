import type { Company } from '../types';

/** The company as the API returns it since logos arrived: `logoUrl` is an API path (`/api/v1/files/…`). */
export type CompanyWithLogo = Company & { logoUrl?: string | null };

export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_LOGO_BYTES = 10 * 1024 * 1024;

export type EmailStatus = 'queued' | 'sent' | 'failed';

export interface OutboxAttachment {
  fileId: string;
  name: string;
  /** `/api/v1/files/…`, downloaded with the bearer token. */
  url: string;
}

/** One email the company sent (or tried to), as the outbox lists it. */
export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  status: EmailStatus;
  error: string | null;
  sentAt: string | null;
  createdAt: string;
  attachments: OutboxAttachment[];
}

/** One email with its text, from `GET /outbox/{id}`. */
export interface OutboxEmailDetail extends OutboxEmail {
  bodyText: string;
}
