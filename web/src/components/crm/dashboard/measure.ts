import { createSignal, onCleanup, onMount } from 'solid-js';

/** The live pixel width of an element, so SVG charts draw text at its real size on any screen. */
export function createWidth(element: () => HTMLElement | undefined, fallback = 600) {
  const [width, setWidth] = createSignal(fallback);
  onMount(() => {
    const target = element();
    if (!target) return;
    setWidth(target.clientWidth || fallback);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(target);
    onCleanup(() => observer.disconnect());
  });
  return width;
}
