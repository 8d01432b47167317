/** Marks a document Z drafted; it stays “needs review” until a person reviews it. */
export default function AiBadge(props: { reviewed: boolean }) {
  return (
    <span
      class={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
        props.reviewed ? 'bg-violet-50 text-violet-700 ring-violet-200' : 'bg-amber-50 text-amber-800 ring-amber-300'
      }`}
      data-testid="ai-badge"
    >
      <svg viewBox="0 0 20 20" class="size-3" fill="currentColor" aria-hidden="true">
        <path d="M10 2l1.8 4.6L16 8l-4.2 1.4L10 14l-1.8-4.6L4 8l4.2-1.4L10 2Z" />
      </svg>
      {props.reviewed ? 'Drafted by Z · reviewed' : 'Drafted by Z · needs review'}
    </span>
  );
}
