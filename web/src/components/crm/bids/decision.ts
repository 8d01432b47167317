import type { Bid, BidSummary } from '../../../lib/types/bids';

/** How a sent bid was decided (`GET /bids/{id}`): in the client portal with a typed-name signature, or marked by the team. */
export interface BidDecision {
  via: 'client_portal' | 'crm';
  signedName: string | null;
  signedIp: string | null;
  signedAt: string | null;
  declineReason: string | null;
}

/** A bid as the API sends it since the client portal: with its decision, once there is one. */
export type DecidedBid = Bid & { decision?: BidDecision | null };

/** The decision, when the homeowner made it in the client portal. */
export function portalDecision(bid: BidSummary & { decision?: BidDecision | null }): BidDecision | undefined {
  return bid.decision?.via === 'client_portal' ? bid.decision : undefined;
}

/** `Mar 4, 2026, 2:30 PM`: when a homeowner signed or declined. */
export const decisionWhen = (at: string) =>
  new Date(at).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
