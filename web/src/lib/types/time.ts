/** Shapes of the time clock API. */

export interface TimeEntry {
  id: string;
  userId: string;
  email: string | null;
  jobId: string | null;
  /** Null without a job, or when the caller cannot see that job. */
  jobTitle: string | null;
  clockIn: string;
  clockOut: string | null;
  /** Still running. */
  open: boolean;
  /** Two decimals; an open entry counts up to now. */
  hours: number;
  notes: string | null;
  editedBy: string | null;
  editedAt: string | null;
  createdAt: string;
}

export interface TimeEntryList {
  data: TimeEntry[];
  page: number;
  pageSize: number;
  total: number;
  /** Hours of every entry matching the filters, not only this page. */
  totalHours: number;
}

interface Bucket {
  hours: number;
  entries: number;
  /** Includes an entry still running. */
  open: boolean;
}

export interface TimeSummary {
  from: string;
  to: string;
  totalHours: number;
  openEntries: number;
  byJob: (Bucket & { jobId: string | null; jobTitle: string | null })[];
  byTech: (Bucket & { userId: string; email: string | null })[];
}
