import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { LibraryReply } from '@/utils/extension/answer-library';
import { MAX_BLOCK_TEXT } from '@/utils/extension/content-messages';
import type { RuleTarget } from '@/utils/site-rules/site-rules';
import { ruleWords } from '../shared/rule-words';
import type { AlwaysOpenControl } from '../shared/AlwaysOpenSwitch';
import type { Say } from '../shared/useAnnouncer';

/** The site's rules as the reader over a page changes them; an answer can be lost (undefined). */
export interface PageRules {
  /** Keeps a removal for blocks like the reader's block with this text and image. */
  remove(block: {
    text: string;
    image: string | null;
  }): Promise<LibraryReply<{ rule: RuleTarget; site: string }> | undefined>;
  /** Forgets the removal of `selector`. */
  forget(selector: string): Promise<LibraryReply | undefined>;
  /** "Wrong part?": closes the reader so the person can point at the article on the page. */
  chooseContent(): Promise<unknown>;
  /** Whether the site's articles open in the reader by themselves; absent where a framed extension page cannot ask (Firefox). */
  alwaysOpen?: AlwaysOpenControl;
  /** Opens the page listing every site's rules. */
  openRules(): void;
}

/** A removal just made: its rule, its site, and the reader's block it hid. */
export interface Removal {
  rule: RuleTarget;
  site: string;
  block: HTMLElement;
}

/** What a click while choosing can take away: a block of the article, not a word or a link alone. */
const BLOCKS = 'p, figure, ul, ol, dl, blockquote, table, pre, h2, h3, h4, h5, h6, div, aside, section';

/** Marks the block the pointer is over, for the outline that shows what a click would remove. */
const TARGET = 'data-remove-target';

/**
 * "Remove…": while `choosing`, the block under the pointer (or reached with ↓ and ↑) is outlined,
 * and a click on it (or Enter) keeps a removal for the site and hides it here; `undo` forgets the
 * last one and shows it again.
 */
export function useBlockRemoval(body: RefObject<HTMLElement | null>, rules: PageRules | undefined, say: Say) {
  const [choosing, setChoosing] = useState(false);
  const [removal, setRemoval] = useState<Removal | null>(null);

  async function remove(block: HTMLElement) {
    const img = block instanceof HTMLImageElement ? block : block.querySelector('img');
    const reply = await rules!.remove({
      text: (block.textContent ?? '').slice(0, MAX_BLOCK_TEXT),
      image: img?.src ?? null,
    });
    if (!reply?.ok) {
      say(reply?.message ?? i18n.t('rules.changeFailed'), true);
      return;
    }
    block.hidden = true;
    setRemoval({ rule: reply.rule, site: reply.site, block });
  }

  // Listening starts as the bar that says "choose a block" is put on the page, not a frame later: a
  // key pressed as soon as the bar shows is not lost.
  useLayoutEffect(() => {
    const root = body.current;
    if (!choosing || !root) return;
    let target: HTMLElement | null = null;
    const mark = (el: HTMLElement | null) => {
      target?.removeAttribute(TARGET);
      target = el;
      el?.setAttribute(TARGET, '');
    };
    const blockAt = (node: EventTarget | null): HTMLElement | null => {
      const block = node instanceof Element ? node.closest<HTMLElement>(BLOCKS) : null;
      return block && block !== root && root.contains(block) ? block : null;
    };
    const choose = (block: HTMLElement) => {
      setChoosing(false);
      void remove(block);
    };
    const over = (event: PointerEvent) => mark(blockAt(event.target));
    const click = (event: MouseEvent) => {
      const block = blockAt(event.target);
      if (!block) return;
      // A click on a link in the block chooses the block; it does not follow the link.
      event.preventDefault();
      event.stopPropagation();
      choose(block);
    };
    // From the keyboard: ↓ and ↑ outline the next and previous block (the innermost ones, as a
    // click finds them), Enter chooses the outlined one.
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && target) {
        event.preventDefault();
        choose(target);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const blocks = [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(
        (block) => !block.hidden && !block.querySelector(BLOCKS),
      );
      const at = target ? blocks.indexOf(target) : -1;
      // The first press starts at the first block in view.
      const next = at < 0 ? blocks.find((block) => block.getBoundingClientRect().bottom > 0) : blocks[at + step];
      if (!next) return;
      mark(next);
      next.scrollIntoView({ block: 'nearest' });
    };
    root.addEventListener('pointerover', over);
    root.addEventListener('click', click, true);
    document.addEventListener('keydown', key);
    return () => {
      mark(null);
      root.removeEventListener('pointerover', over);
      root.removeEventListener('click', click, true);
      document.removeEventListener('keydown', key);
    };
  }, [choosing]);

  async function undo() {
    if (!removal) return;
    const reply = await rules!.forget(removal.rule.selector);
    if (!reply?.ok) {
      say(reply?.message ?? i18n.t('rules.changeFailed'), true);
      return;
    }
    removal.block.hidden = false;
    setRemoval(null);
    say(i18n.t('rules.undone', [ruleWords(removal.rule), removal.site]));
  }

  return {
    choosing,
    removal,
    start: () => {
      setRemoval(null);
      setChoosing(true);
    },
    stop: () => setChoosing(false),
    undo: () => void undo(),
    dismiss: () => setRemoval(null),
  };
}
