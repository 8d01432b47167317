import { For, type JSX } from 'solid-js';
import type { Role } from '../../../lib/types';

export type SettingsTab = 'company' | 'team' | 'outbox' | 'z' | 'memory';

const TABS: ReadonlyArray<{ id: SettingsTab; label: string; href: string; staffOnly?: boolean }> = [
  { id: 'company', label: 'Company', href: '/crm/settings/' },
  { id: 'team', label: 'Team', href: '/crm/settings/team/' },
  { id: 'outbox', label: 'Email outbox', href: '/crm/settings/outbox/', staffOnly: true },
  { id: 'z', label: 'Z Intelligence', href: '/crm/settings/z/' },
  { id: 'memory', label: 'What Z remembers', href: '/crm/settings/memory/' },
];

/** The settings heading and its sub-navigation (Company · Team · Email outbox · Z Intelligence · What Z remembers), above one tab's content. */
export default function SettingsLayout(props: { tab: SettingsTab; role: Role; children: JSX.Element }) {
  return (
    <div>
      <h1 class="text-2xl font-bold tracking-tight text-slate-900">Settings</h1>
      <nav class="mt-4 border-b border-slate-200" aria-label="Settings" data-testid="settings-nav">
        <ul class="-mb-px flex gap-1 overflow-x-auto">
          <For each={TABS.filter((tab) => !tab.staffOnly || props.role !== 'tech')}>
            {(tab) => (
              <li>
                <a
                  href={tab.href}
                  class={`inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
                    tab.id === props.tab ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
                  }`}
                  aria-current={tab.id === props.tab ? 'page' : undefined}
                  data-testid={`settings-nav-${tab.id}`}
                >
                  {tab.label}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <div class="mt-6">{props.children}</div>
    </div>
  );
}
