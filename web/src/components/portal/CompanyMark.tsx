import { Show } from 'solid-js';
import { apiPath } from '../../lib/api';
import { createBlobUrl } from '../../lib/downloads';
import type { PortalCompany } from '../../lib/portalTypes';

/** The contractor's logo (fetched with the bearer token), or their initials on a tile. */
export default function CompanyMark(props: { company: Pick<PortalCompany, 'name' | 'logoUrl'> }) {
  const logo = createBlobUrl(() => (props.company.logoUrl ? apiPath(props.company.logoUrl) : undefined));
  const initials = () =>
    props.company.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => word[0]!.toUpperCase())
      .join('');
  return (
    <Show
      when={logo.url()}
      fallback={
        <span class="flex size-11 shrink-0 items-center justify-center rounded-lg bg-slate-900 text-sm font-bold text-white" aria-hidden="true" data-testid="portal-company-initials">
          {initials()}
        </span>
      }
    >
      {(url) => <img src={url()} alt="" class="size-11 shrink-0 rounded-lg border border-slate-200 bg-white object-contain p-0.5" data-testid="portal-company-logo" />}
    </Show>
  );
}
