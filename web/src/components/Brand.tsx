/** The ZAFTO mark and word, used in every surface's header. */
export default function Brand(props: { inverted?: boolean; class?: string }) {
  return (
    <span class={`inline-flex items-center gap-2 font-semibold tracking-tight ${props.class ?? ''}`}>
      <svg viewBox="0 0 32 32" class="size-7 shrink-0" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="#ea580c" />
        <path d="M9 9h14l-9.5 11H23v3H9l9.5-11H9z" fill="#fff" />
      </svg>
      <span class={`text-lg ${props.inverted ? 'text-white' : 'text-slate-900'}`}>ZAFTO</span>
    </span>
  );
}
