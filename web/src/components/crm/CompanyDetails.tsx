import { For, Show, type JSX } from 'solid-js';
import CompanyEditor from './CompanyEditor';
import type { ShellActions } from './CrmShell';
import LogoCard from './settings/LogoCard';
import { can, planLabel, ROLE_LABELS, tradeLabel, type Company, type Workspace } from '../../lib/types';
import { US_STATES } from '../../lib/us-states';

/**
 * The company profile as ZAFTO knows it: what Z and the team see about the business.
 * Owners and admins edit it here; everyone else reads it.
 */
export default function CompanyDetails(props: { workspace: Workspace; shell: ShellActions }) {
  const editable = () => can.updateCompany(props.workspace.role);

  return (
    <section class="max-w-3xl" aria-labelledby="company-heading" data-testid="company">
      <h2 id="company-heading" class="text-lg font-semibold text-slate-900">
        Company profile
      </h2>
      <p class="mt-1 text-sm text-slate-600">
        Your business profile. You are signed in as {ROLE_LABELS[props.workspace.role].toLowerCase()}
        {editable() ? ' and can change it.' : '; owners and admins can change it.'}
      </p>

      <LogoCard company={props.workspace.company} editable={editable()} shell={props.shell} />

      <Show when={editable()} fallback={<ReadOnlyProfile company={props.workspace.company} />}>
        <CompanyEditor workspace={props.workspace} shell={props.shell} />
      </Show>
    </section>
  );
}

function ReadOnlyProfile(props: { company: Company }) {
  const company = () => props.company;
  const stateName = () => US_STATES.find((state) => state.code === company().state)?.name ?? company().state;

  return (
    <div class="card mt-6" data-testid="company-readonly">
      <div class="border-b border-slate-200 px-6 py-5">
        <h3 class="text-base font-semibold text-slate-900" data-testid="company-detail-name">
          {company().name}
        </h3>
        <ul class="mt-3 flex flex-wrap gap-2" aria-label="Trades">
          <For each={company().trades}>
            {(trade) => <li class="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800">{tradeLabel(trade)}</li>}
          </For>
        </ul>
      </div>
      <dl class="grid sm:grid-cols-2" data-testid="company-details">
        <Detail label="State">{stateName()}</Detail>
        <Detail label="License number">{company().licenseNumber}</Detail>
        <Detail label="Phone">{company().phone}</Detail>
        <Detail label="Email">{company().email}</Detail>
        <Detail label="Address">{company().address}</Detail>
        <Detail label="Team size">{company().employeeCount === null ? null : String(company().employeeCount)}</Detail>
        <Detail label="Plan">{planLabel(company())}</Detail>
        <Detail label="Industry patterns">
          {company().contributeToIntelligence ? 'Contributes anonymous job data' : 'Does not contribute job data'}
        </Detail>
      </dl>
    </div>
  );
}

function Detail(props: { label: string; children: JSX.Element }) {
  return (
    <div class="border-b border-slate-100 px-6 py-4">
      <dt class="text-xs font-medium uppercase tracking-wide text-slate-500">{props.label}</dt>
      <dd class="mt-1 text-sm text-slate-900">
        <Show when={props.children} fallback={<span class="text-slate-500">Not recorded</span>}>
          {props.children}
        </Show>
      </dd>
    </div>
  );
}
