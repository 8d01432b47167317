/** Shapes of the jobs API. */

export const JOB_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** What the button that moves a job into a status says. */
export const JOB_STATUS_ACTIONS: Record<JobStatus, string> = {
  scheduled: 'Back to scheduled',
  in_progress: 'Start job',
  completed: 'Mark completed',
  cancelled: 'Cancel job',
};

export interface JobPerson {
  userId: string;
  email: string | null;
}

export interface JobSummary {
  id: string;
  customer: { id: string; name: string };
  propertyId: string | null;
  title: string;
  description: string | null;
  trade: string;
  /** The kind of work (`GET /job-categories`), or null for other work. */
  jobCategory: string | null;
  /** The customer's unit a service or repair job is about. */
  equipmentId: string | null;
  /** What had failed on that unit, lower case, e.g. `capacitor`. */
  failureMode: string | null;
  status: JobStatus;
  address: string | null;
  region: string | null;
  scheduledStart: string | null;
  scheduledEnd: string | null;
  startedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  estimatedHours: number | null;
  /** For a tech, only their own hours. */
  actualHours: number;
  assignees: JobPerson[];
  createdAt: string;
  updatedAt: string;
}

export interface JobNote {
  id: string;
  body: string;
  internal: boolean;
  author: JobPerson | null;
  createdAt: string;
}

export interface JobMaterial {
  id: string;
  description: string;
  /** Decimal string, e.g. `2.5`. */
  quantity: string;
  unit: string | null;
  brand: string | null;
  /** Left out for techs. */
  unitCostCents?: number;
  totalCents?: number;
  createdAt: string;
  updatedAt: string;
}

export interface JobFile {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  /** `/api/v1/files/…`. */
  url: string;
  createdAt: string;
}

export interface Job extends JobSummary {
  allowedNextStatuses: JobStatus[];
  clockedInNow: number;
  notes: JobNote[];
  materials: JobMaterial[];
  materialsTotalCents?: number;
  files: JobFile[];
}

export interface JobCalendar {
  from: string;
  to: string;
  data: JobSummary[];
}

/** What the create form sends (`POST /jobs`); edit sends the changed fields (`PATCH`) and assignees separately. */
export interface JobInput {
  customerId: string;
  propertyId?: string | null;
  title: string;
  description?: string | null;
  trade?: string;
  jobCategory?: string | null;
  equipmentId?: string | null;
  failureMode?: string | null;
  address?: string | null;
  scheduledStart?: string | null;
  scheduledEnd?: string | null;
  estimatedHours?: number | null;
  assigneeIds?: string[];
}

export interface JobCategory {
  slug: string;
  label: string;
}

/** `GET /job-categories`: every trade's kinds of work, the company's trades first. */
export interface JobCategoryList {
  trades: Array<{ trade: string; companyTrade: boolean; categories: JobCategory[] }>;
}

export const JOB_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export const MAX_JOB_FILE_BYTES = 10 * 1024 * 1024;
