/** A thumbs-up or thumbs-down mark, drawn (emoji fonts are not everywhere); its meaning is said to screen readers. */
export default function Thumb(props: { direction: 'up' | 'down'; class?: string }) {
  return (
    <span class="inline-flex align-[-0.125em]">
      <svg viewBox="0 0 20 20" class={`size-4 ${props.direction === 'down' ? 'rotate-180' : ''} ${props.class ?? ''}`} fill="currentColor" aria-hidden="true">
        <path d="M1 8.25a1.25 1.25 0 1 1 2.5 0v7.5a1.25 1.25 0 1 1-2.5 0v-7.5ZM11 3V1.7c0-.268.14-.526.395-.607A2 2 0 0 1 14 3c0 .995-.182 1.948-.514 2.826-.204.54.166 1.174.744 1.174h2.52c1.243 0 2.261 1.01 2.146 2.247a23.864 23.864 0 0 1-1.341 5.974C17.153 16.323 16.072 17 14.9 17h-3.192a3 3 0 0 1-1.341-.317l-2.734-1.366A3 3 0 0 0 6.292 15H5V8h.963c.685 0 1.258-.483 1.612-1.068a4.011 4.011 0 0 1 2.166-1.73c.432-.143.853-.386 1.011-.814.16-.432.248-.9.248-1.388Z" />
      </svg>
      <span class="sr-only">{props.direction === 'up' ? 'Helpful' : 'Not helpful'}</span>
    </span>
  );
}
