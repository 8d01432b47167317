import { closeZPanel, openZPanel, zPanelOpen } from './zPanelState';

/**
 * Opens and closes Z's panel. `sidebar` sits in the CRM's dark sidebar (wide screens),
 * `header` in the top bar of small screens.
 */
export default function ZButton(props: { variant: 'sidebar' | 'header' }) {
  const toggle = (button: HTMLButtonElement) => (zPanelOpen() ? closeZPanel() : openZPanel(button));
  return (
    <button
      type="button"
      class={
        props.variant === 'sidebar'
          ? `flex w-full items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-500 ${zPanelOpen() ? 'bg-slate-800 text-white' : 'text-slate-200 hover:bg-slate-800/60 hover:text-white'}`
          : 'btn-ghost'
      }
      aria-expanded={zPanelOpen()}
      aria-controls="z-panel"
      onClick={(event) => toggle(event.currentTarget)}
      data-z-launcher
      data-testid={props.variant === 'sidebar' ? 'z-toggle' : 'z-toggle-mobile'}
    >
      <span class="flex size-5 shrink-0 items-center justify-center rounded-full bg-brand-700 text-[0.6875rem] font-bold text-white" aria-hidden="true">
        Z
      </span>
      Ask Z
    </button>
  );
}
