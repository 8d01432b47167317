import type { leads, leadStages } from '../../db/schema'
import { ServiceRequest, type serviceRequestStatuses } from './schemas'

const statusOfStage: Record<(typeof leadStages)[number], (typeof serviceRequestStatuses)[number]> = {
  new: 'received',
  contacted: 'in_review',
  qualified: 'in_review',
  bid_sent: 'quoted',
  won: 'scheduled',
  lost: 'closed',
}

/** The homeowner's view of a request (a lead): its pipeline stage as a status; nothing else of the lead. */
export const toServiceRequest = (
  row: Pick<typeof leads.$inferSelect, 'id' | 'requestType' | 'stage' | 'requestDescription' | 'createdAt'>,
  equipment: { id: string; kind: string } | null,
): ServiceRequest =>
  ServiceRequest.parse({
    id: row.id,
    type: row.requestType,
    status: statusOfStage[row.stage],
    description: row.requestDescription ?? '',
    equipment,
    createdAt: row.createdAt.toISOString(),
  })
