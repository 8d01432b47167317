/** The dashboard, as `GET /dashboard` sends it. Money sections are absent for techs. */

export const JOB_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Dashboard {
  asOf: string;
  timezone: 'UTC';
  /** `own` for a tech: only their assigned jobs and their own hours, no money. */
  scope: 'company' | 'own';
  periods: {
    weekStart: string;
    monthStart: string;
    quarterStart: string;
    yearStart: string;
    last12MonthsStart: string;
    winRateSince: string;
  };
  jobsByStatus: Record<JobStatus, number>;
  hoursThisWeek: {
    totalHours: number;
    people?: Array<{ userId: string; email: string; role: string; hours: number }>;
  };
  revenue?: {
    monthCents: number;
    quarterCents: number;
    yearCents: number;
    last12Months: Array<{ month: string; cents: number }>;
  };
  receivables?: {
    outstandingCents: number;
    outstandingCount: number;
    overdueCents: number;
    overdueCount: number;
  };
  bidWinRate?: {
    accepted: number;
    declined: number;
    expired: number;
    /** 0–1, or null when no bid was decided in the window. */
    rate: number | null;
  };
  topCustomers?: Array<{ customerId: string; name: string; revenueCents: number }>;
}
