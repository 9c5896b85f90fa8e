import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { useFocusOnShow } from '../shared/useFocusOnShow';

interface Props {
  headings: HTMLElement[];
  onClose: () => void;
}

/** The article's headings as a list; choosing one scrolls there and moves focus to it. */
export function ContentsMenu({ headings, onClose }: Props) {
  const list = useRef<HTMLElement>(null);
  useFocusOnShow(list);

  function go(heading: HTMLElement) {
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    onClose();
  }

  return (
    <nav ref={list} id="contents-menu" class="contents-menu" aria-label={i18n.t('reader.contents')}>
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
