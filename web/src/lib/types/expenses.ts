/** Expenses and their receipts, as the API sends them. */

export const EXPENSE_CATEGORIES = ['materials', 'fuel', 'tools', 'labor', 'subcontractor', 'permits', 'other'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  materials: 'Materials',
  fuel: 'Fuel',
  tools: 'Tools',
  labor: 'Labor',
  subcontractor: 'Subcontractor',
  permits: 'Permits',
  other: 'Other',
};

export interface FileInfo {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  /** `/api/v1/files/<id>`: download with the bearer token. */
  url: string;
  createdAt: string;
}

export interface Expense {
  id: string;
  category: ExpenseCategory;
  vendor: string | null;
  description: string | null;
  amountCents: number;
  incurredOn: string;
  jobId: string | null;
  /** null when the job is linked but hidden from the caller. */
  jobTitle: string | null;
  createdBy: string | null;
  createdByEmail: string | null;
  receipt: FileInfo | null;
  createdAt: string;
  updatedAt: string;
}

export interface ExpenseList {
  data: Expense[];
  page: number;
  pageSize: number;
  total: number;
  /** Sum of every expense matching the filter (all pages). */
  totalCents: number;
  /** The same filter's totals per category (ignoring its category); empty categories are absent. */
  byCategory: { category: ExpenseCategory; count: number; totalCents: number }[];
}

export interface ExpenseInput {
  category: ExpenseCategory;
  vendor: string | null;
  description: string | null;
  amountCents: number;
  incurredOn: string;
  jobId: string | null;
}

/** The list filters, as they travel in the query string. */
export interface ExpenseFilter {
  from: string;
  to: string;
  category: string;
  jobId: string;
}

/** The bits of a job the expense pages need (from `GET /jobs`). */
export interface JobRef {
  id: string;
  title: string;
  customer: { id: string; name: string };
  status: string;
}
