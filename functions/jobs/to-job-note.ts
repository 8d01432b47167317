import type { jobNotes } from '../../db/schema'
import { JobNote } from './schemas'

/** The API's view of a note, with its author's email when they are still a member. */
export const toJobNote = (row: typeof jobNotes.$inferSelect, authorEmail: string | null): JobNote =>
  JobNote.parse({
    id: row.id,
    body: row.body,
    internal: row.internal,
    author: row.authorId ? { userId: row.authorId, email: authorEmail } : null,
    createdAt: row.createdAt.toISOString(),
  })
