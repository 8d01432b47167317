import { createSignal, For, Show } from 'solid-js';
import { LEAD_STAGE_LABELS, LEAD_STAGES, type Lead, type LeadStage } from '../../../lib/types/leads';

/**
 * “Move to…”: the keyboard and touch way to change a lead's stage (dragging needs a mouse).
 * Arrow keys move through the stages, Enter picks, Escape closes.
 */
export default function MoveMenu(props: { lead: Lead; onMove: (stage: LeadStage) => void; disabled?: boolean }) {
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  let menu: HTMLDivElement | undefined;
  const menuId = `move-${props.lead.id}`;
  const targets = () => LEAD_STAGES.filter((stage) => stage !== props.lead.stage);
  const items = () => Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  const show = () => {
    setOpen(true);
    queueMicrotask(() => items()[0]?.focus());
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length;
      list[next]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') close(false);
  };

  return (
    // Below xl the board scrolls sideways, which would clip a floating menu: there it opens in the card.
    <div class="relative" onFocusOut={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false); }}>
      <button
        ref={button}
        type="button"
        class="rounded-md px-2 py-1 text-xs font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-50"
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={menuId}
        disabled={props.disabled}
        onClick={() => (open() ? close() : show())}
        data-testid="lead-move"
      >
        Move to…<span class="sr-only"> (for {props.lead.name})</span>
      </button>
      <Show when={open()}>
        <div ref={menu} id={menuId} role="menu" aria-label={`Move ${props.lead.name} to`} class="mt-1 w-40 rounded-lg border border-slate-200 bg-white py-1 shadow-lg xl:absolute xl:right-0 xl:z-20" onKeyDown={onKeyDown}>
          <For each={targets()}>
            {(stage) => (
              <button
                type="button"
                role="menuitem"
                class="block w-full px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-50 focus:bg-brand-50 focus:outline-none"
                onClick={() => {
                  close();
                  props.onMove(stage);
                }}
                data-testid={`lead-move-${stage}`}
              >
                {LEAD_STAGE_LABELS[stage]}
              </button>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
}
