import { api } from '../../../lib/api';

/** What Z may share with each role (Layer 6), as `GET|PUT /companies/{id}/ai-visibility` carry it. */

export const VISIBILITY_ROLES = ['admin', 'office', 'tech'] as const;
export type VisibilityRole = (typeof VISIBILITY_ROLES)[number];

export interface VisibilityCategory {
  category: string;
  label: string;
  /** What ZAFTO ships with for this role. */
  default: boolean;
  /** What Z does for this company now. */
  allowed: boolean;
  overridden: boolean;
}

export interface VisibilitySettings {
  roles: Array<{ role: VisibilityRole; categories: VisibilityCategory[] }>;
}

/** role → category → allowed. */
export type VisibilityGrid = Record<VisibilityRole, Record<string, boolean>>;

const path = (companyId: string) => `/companies/${encodeURIComponent(companyId)}/ai-visibility`;

/** The company's settings (owner only). */
export function loadVisibility(companyId: string, signal?: AbortSignal): Promise<VisibilitySettings> {
  return api<VisibilitySettings>(path(companyId), { signal });
}

/** Saves only the boxes that changed, so the rest keep following ZAFTO's defaults. */
export function saveVisibility(companyId: string, changes: Partial<VisibilityGrid>): Promise<VisibilitySettings> {
  return api<VisibilitySettings>(path(companyId), { method: 'PUT', body: changes });
}

/** The grid of `pick(category)` for every role: `allowed` for the current state, `default` for the defaults. */
export function toGrid(settings: VisibilitySettings, pick: (category: VisibilityCategory) => boolean): VisibilityGrid {
  const grid: VisibilityGrid = { admin: {}, office: {}, tech: {} };
  for (const { role, categories } of settings.roles) {
    for (const category of categories) grid[role][category.category] = pick(category);
  }
  return grid;
}

/** The boxes of `next` that differ from `saved`, per role (roles without a change left out). */
export function changedCells(saved: VisibilityGrid, next: VisibilityGrid): Partial<VisibilityGrid> {
  const changes: Partial<VisibilityGrid> = {};
  for (const role of VISIBILITY_ROLES) {
    for (const [category, allowed] of Object.entries(next[role])) {
      if (saved[role][category] !== allowed) changes[role] = { ...changes[role], [category]: allowed };
    }
  }
  return changes;
}
