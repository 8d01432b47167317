import { createSignal } from 'solid-js';

/**
 * Whether Z's panel is open. Shared by the launcher buttons and the panel, and kept for the
 * tab's session so the panel is still open on the page a suggestion or a link leads to.
 */
const STORAGE_KEY = 'zafto.z.open';

function readOpen(): boolean {
  try {
    return typeof window !== 'undefined' && window.sessionStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

const [open, setOpenSignal] = createSignal(readOpen());
/** The element that opened the panel, to give focus back to when it closes. */
let opener: HTMLElement | undefined;

function setOpen(value: boolean) {
  setOpenSignal(value);
  try {
    window.sessionStorage.setItem(STORAGE_KEY, value ? '1' : '0');
  } catch {
    // Storage blocked: the panel simply starts closed on the next page.
  }
}

/** Whether the panel is open (reactive). */
export const zPanelOpen = open;

/** Opens the panel, remembering `from` (the launcher) to return focus to. */
export function openZPanel(from?: HTMLElement) {
  opener = from;
  setOpen(true);
}

/** Closes the panel and puts focus back on the button that opened it. */
export function closeZPanel() {
  setOpen(false);
  const visible = (element: HTMLElement | null | undefined) => (element?.isConnected && element.offsetParent !== null ? element : undefined);
  // Opened on page load (it was open on the last page): any launcher the user can see.
  const launchers = Array.from(document.querySelectorAll<HTMLElement>('[data-z-launcher]'));
  const target = visible(opener) ?? launchers.find((element) => visible(element));
  opener = undefined;
  target?.focus();
}
