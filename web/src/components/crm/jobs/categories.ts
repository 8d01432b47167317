import { api } from '../../../lib/api';
import { humanize } from '../../../lib/format';
import { createLoadOnce } from '../../../lib/loader';
import type { JobCategory, JobCategoryList } from '../../../lib/types/jobs';

let listing: Promise<JobCategoryList> | undefined;

/** The list changes only with a release, so one request serves every picker on the page. */
function fetchJobCategories(): Promise<JobCategoryList> {
  listing ??= api<JobCategoryList>('/job-categories').catch((error: unknown) => {
    listing = undefined;
    throw error;
  });
  return listing;
}

/**
 * The kinds of work jobs and bids are filed under (`GET /job-categories`), per trade. Anonymous
 * industry patterns are computed by kind of work, so setting one is what lets a job count.
 *
 * @example
 * const categories = createJobCategories();
 * categories.forTrade('electrical'); // [{ slug: 'panel_upgrade', label: 'Panel upgrade' }, …, service call]
 * categories.label('electrical', 'panel_upgrade'); // 'Panel upgrade'
 */
export function createJobCategories() {
  const loader = createLoadOnce(() => fetchJobCategories());
  const trades = () => loader.data()?.trades ?? [];
  const forTrade = (trade: string | null | undefined): JobCategory[] => trades().find((entry) => entry.trade === trade)?.categories ?? [];
  /** The label to show for a slug: the trade's own, else any trade's, else the slug in words; blank until the list is in. */
  const label = (trade: string | null | undefined, slug: string) => {
    if (!loader.data()) return '';
    const found = forTrade(trade).find((category) => category.slug === slug) ?? trades().flatMap((entry) => entry.categories).find((category) => category.slug === slug);
    return found?.label ?? humanize(slug);
  };
  /** Choices for a select: the trade's kinds of work, plus `current` when the list lacks it (set elsewhere, or renamed). */
  const options = (trade: string | null | undefined, current: string) => {
    const list = forTrade(trade).map((category) => ({ value: category.slug, label: category.label }));
    return current && !list.some((option) => option.value === current) ? [...list, { value: current, label: label(trade, current) }] : list;
  };
  const companyTrades = () => trades().filter((entry) => entry.companyTrade).map((entry) => entry.trade);
  return { loaded: () => Boolean(loader.data()), error: loader.error, forTrade, label, options, companyTrades };
}

/** What a select says for “none of these”: the job or bid is then left out of the kind-of-work figures. */
export const OTHER_WORK = 'Other / not listed';
