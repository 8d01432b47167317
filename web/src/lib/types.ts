export const ROLES = ['owner', 'admin', 'office', 'tech'] as const;
export type Role = (typeof ROLES)[number];

export const TRADES = [
  { value: 'electrical', label: 'Electrical' },
  { value: 'plumbing', label: 'Plumbing' },
  { value: 'hvac', label: 'HVAC' },
  { value: 'solar', label: 'Solar' },
  { value: 'roofing', label: 'Roofing' },
  { value: 'general_contracting', label: 'General contracting' },
  { value: 'remodeling', label: 'Remodeling' },
  { value: 'landscaping', label: 'Landscaping' },
  { value: 'low_voltage', label: 'Low voltage & security' },
] as const;

export interface Company {
  id: string;
  name: string;
  trades: string[];
  state: string | null;
  licenseNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  tier: string;
  employeeCount: number | null;
  /** Whether the company's jobs feed ZAFTO's anonymous, thresholded industry patterns. */
  contributeToIntelligence: boolean;
  /** API path of the logo (fetch it with `download`), or null. */
  logoUrl: string | null;
}

export interface Me {
  user: { id: string; email: string };
  company: Company | null;
  role: Role | null;
}

/** `Me` once the user belongs to a company: what every CRM section works with. */
export interface Workspace {
  user: Me['user'];
  company: Company;
  role: Role;
}

export interface Customer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Member {
  id: string;
  userId: string | null;
  email: string;
  role: Role;
  status: 'active' | 'invited';
  createdAt: string;
}

export interface Paged<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  office: 'Office',
  tech: 'Field tech',
};

export function tradeLabel(value: string): string {
  return TRADES.find((trade) => trade.value === value)?.label ?? value;
}

/** The plan's name, e.g. “Solo”. */
export function planLabel(company: Pick<Company, 'tier'>): string {
  return company.tier.charAt(0).toUpperCase() + company.tier.slice(1);
}

/** What each role may do; the API enforces the same rules. */
export const can = {
  writeCustomers: (role: Role) => role !== 'tech',
  deleteCustomers: (role: Role) => role === 'owner' || role === 'admin',
  inviteMembers: (role: Role) => role === 'owner' || role === 'admin',
  /** Change roles and remove members or invitations (owners only where the owner role is involved). */
  manageMembers: (role: Role) => role === 'owner' || role === 'admin',
  /** Grant, change or take away the owner role. */
  manageOwners: (role: Role) => role === 'owner',
  updateCompany: (role: Role) => role === 'owner' || role === 'admin',
};

/** The roles someone with `role` may hand out: only owners make owners. */
export function assignableRoles(role: Role): Role[] {
  return ROLES.filter((candidate) => candidate !== 'owner' || can.manageOwners(role));
}
