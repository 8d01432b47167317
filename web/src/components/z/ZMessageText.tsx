import { For, Match, Switch, type JSX } from 'solid-js';
import { isExternalHref, safeHref } from './links';

type Block = { kind: 'paragraph' | 'heading'; text: string } | { kind: 'bullets' | 'numbers'; items: string[] };

const BULLET = /^\s*[-*•]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;
const HEADING = /^\s*#{1,6}\s+/;

/** Z writes light Markdown: paragraphs, `-` and `1.` lists, `#` headings. Anything else stays text. */
function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    const last = blocks.at(-1);
    if (!line.trim()) {
      blocks.push({ kind: 'paragraph', text: '' });
    } else if (BULLET.test(line) || NUMBER.test(line)) {
      const kind = BULLET.test(line) ? 'bullets' : 'numbers';
      const item = line.replace(kind === 'bullets' ? BULLET : NUMBER, '');
      if (last && last.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
    } else if (HEADING.test(line)) {
      blocks.push({ kind: 'heading', text: line.replace(HEADING, '') });
    } else if (last?.kind === 'paragraph' && last.text) {
      last.text += `\n${line}`;
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks.filter((block) => block.kind !== 'paragraph' || block.text);
}

const INLINE = /(\*\*[^*\n]+\*\*|`[^`\n]+`|\[[^\]\n]+\]\([^)\s]+\))/g;

/** `**bold**`, `` `code` `` and `[links](…)` as elements; never HTML from the answer itself. */
function Inline(props: { text: string }): JSX.Element {
  const parts = () => props.text.split(INLINE).filter(Boolean);
  return (
    <For each={parts()}>
      {(part) => {
        if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong class="font-semibold text-slate-900">{part.slice(2, -2)}</strong>;
        if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return <code class="rounded bg-slate-100 px-1 py-0.5 text-[0.8125rem]">{part.slice(1, -1)}</code>;
        const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
        const href = safeHref(link?.[2]);
        if (link && href) {
          const external = isExternalHref(href);
          return (
            <a href={href} class="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800" target={external ? '_blank' : undefined} rel={external ? 'noopener noreferrer' : undefined}>
              {link[1]}
            </a>
          );
        }
        return part;
      }}
    </For>
  );
}

/** An answer's text, with its paragraphs, lists and emphasis. */
export default function ZMessageText(props: { text: string }) {
  return (
    <div class="space-y-2 break-words">
      <For each={toBlocks(props.text)}>
        {(block) => (
          <Switch>
            <Match when={block.kind === 'heading' && block}>{(heading) => <p class="font-semibold text-slate-900"><Inline text={heading().text} /></p>}</Match>
            <Match when={block.kind === 'paragraph' && block}>{(paragraph) => <p class="whitespace-pre-line"><Inline text={paragraph().text} /></p>}</Match>
            <Match when={block.kind === 'bullets' && block}>
              {(list) => (
                <ul class="list-disc space-y-1 pl-5">
                  <For each={list().items}>{(item) => <li><Inline text={item} /></li>}</For>
                </ul>
              )}
            </Match>
            <Match when={block.kind === 'numbers' && block}>
              {(list) => (
                <ol class="list-decimal space-y-1 pl-5">
                  <For each={list().items}>{(item) => <li><Inline text={item} /></li>}</For>
                </ol>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </div>
  );
}
