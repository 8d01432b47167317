import type { Lead } from '../../../lib/types/leads';

/** What a homeowner asked for in the client portal. */
export type RequestType = 'problem' | 'schedule_service' | 'equipment_question';

export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  problem: 'Something’s wrong',
  schedule_service: 'Schedule service',
  equipment_question: 'Equipment question',
};

/** The fields `/leads` adds for service requests sent from the client portal. */
export interface PortalRequestFields {
  requestType: RequestType | null;
  equipment: { id: string; kind: string; make: string | null; model: string | null } | null;
  property: { id: string; address: string } | null;
}

export type PortalRequest = { type: RequestType } & Pick<PortalRequestFields, 'equipment' | 'property'>;

/** The lead's service request, when a homeowner sent it from the client portal. */
export function portalRequestOf(lead: Lead): PortalRequest | undefined {
  const fields = lead as Lead & Partial<PortalRequestFields>;
  if (!fields.requestType) return undefined;
  return { type: fields.requestType, equipment: fields.equipment ?? null, property: fields.property ?? null };
}

/** `Water heater · Rheem · XE50T10`. */
export const equipmentName = (equipment: NonNullable<PortalRequestFields['equipment']>) => [equipment.kind, equipment.make, equipment.model].filter(Boolean).join(' · ');

/** `source` as people read it: the portal's own marker becomes words. */
export const sourceLabel = (source: string | null) => (source === 'client_portal' ? 'Client portal' : source);

/**
 * Converted into a customer, so the lead stays won. A portal request also names a customer
 * (the one who sent it) but is a fresh lead to work through the pipeline.
 */
export const isConvertedLead = (lead: Lead) => Boolean(lead.customerId) && !portalRequestOf(lead);
