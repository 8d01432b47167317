import { Show, type JSX } from 'solid-js';
import { isExternalHref, safeHref } from './links';

/** A link Z gave: CRM pages open here, other sites in a new tab; an unusable address stays text. */
export default function ZLink(props: { href: string | undefined; class?: string; testId?: string; children: JSX.Element }) {
  const href = () => safeHref(props.href);
  const external = () => {
    const value = href();
    return value !== undefined && isExternalHref(value);
  };
  return (
    <Show when={href()} fallback={<span class={props.class} data-testid={props.testId}>{props.children}</span>}>
      {(value) => (
        <a
          href={value()}
          class={props.class}
          target={external() ? '_blank' : undefined}
          rel={external() ? 'noopener noreferrer' : undefined}
          data-testid={props.testId}
        >
          {props.children}
          <Show when={external()}>
            <span class="sr-only"> (opens in a new tab)</span>
          </Show>
        </a>
      )}
    </Show>
  );
}
