import { useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { closeOnEscape } from './close-on-escape';

interface Props {
  headings: HTMLElement[];
  onClose: () => void;
}

/** The article's headings as a list; choosing one scrolls there and moves focus to it. */
export function ContentsMenu({ headings, onClose }: Props) {
  const list = useRef<HTMLElement>(null);
  // Before the first paint: a key pressed the moment it shows must already land in it.
  useLayoutEffect(() => list.current?.querySelector('button')?.focus(), []);

  function go(heading: HTMLElement) {
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    onClose();
  }

  return (
    <nav ref={list} id="contents-menu" class="contents-menu" aria-label={i18n.t('reader.contents')} onKeyDown={closeOnEscape(onClose)}>
      <ol>
        {headings.map((heading, i) => (
          <li key={i} class={heading.tagName === 'H3' || heading.tagName === 'H4' ? 'sub' : undefined}>
            <button type="button" onClick={() => go(heading)}>
              {heading.textContent?.trim()}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
