import { contentTarget } from '../site-rules/content-target';
import type { RuleTarget } from '../site-rules/site-rules';
import { listenForEscape } from './escape-on-page';

export interface ContentPicker {
  /** Stops pointing, choosing nothing. Safe to call twice. */
  cancel(): void;
}

// Set through the CSSOM, which a page's style policy does not block, and !important inside a
// closed shadow root: the page's CSS cannot hide or move what the person points with.
const HOST =
  'all: initial !important; position: fixed !important; inset: 0 !important; pointer-events: none !important; z-index: 2147483647 !important;';
const OUTLINE =
  'position: fixed; box-sizing: border-box; border: 3px solid #0b57d0; border-radius: 4px; background: rgb(11 87 208 / 0.08); pointer-events: none;';
const HINT =
  'position: fixed; top: 12px; left: 50%; transform: translateX(-50%); max-width: calc(100vw - 32px); padding: 8px 14px; border-radius: 8px; background: #1f1f1c; color: #fff; font: 15px/1.4 system-ui, sans-serif;';

/**
 * Lets the person point at the article on the page itself ("Wrong part?"): the part under the
 * pointer that could be the article (see `contentTarget`) is outlined, a click chooses it, Esc
 * cancels. Only the person's own moves, clicks and keys count: a page's script cannot make a
 * trusted event. Calls `onDone` once, with the chosen part's rule or null when cancelled.
 */
export function pickContent(doc: Document, hint: string, onDone: (rule: RuleTarget | null) => void): ContentPicker {
  const win = doc.defaultView!;
  const host = doc.createElement('lucid-reader-picker');
  host.style.cssText = HOST;
  const shadow = host.attachShadow({ mode: 'closed' });
  const outline = doc.createElement('div');
  outline.style.cssText = `${OUTLINE} display: none;`;
  const label = doc.createElement('div');
  label.style.cssText = HINT;
  label.textContent = hint;
  shadow.append(outline, label);

  let pointed: Element | null = null;
  let part: Element | null = null;
  const draw = () => {
    const box = part?.getBoundingClientRect();
    outline.style.cssText = box
      ? `${OUTLINE} left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px;`
      : `${OUTLINE} display: none;`;
  };
  const onMove = (event: MouseEvent) => {
    if (!event.isTrusted || event.target === pointed) return;
    pointed = event.target instanceof Element ? event.target : null;
    part = pointed && (contentTarget(pointed)?.element ?? null);
    draw();
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    // The click chooses; it does not follow a link or reach the page's own handlers.
    event.preventDefault();
    event.stopImmediatePropagation();
    const chosen = event.target instanceof Element ? contentTarget(event.target) : null;
    if (chosen) finish(chosen.rule);
  };

  let done = false;
  function finish(rule: RuleTarget | null) {
    if (done) return;
    done = true;
    stopEscape();
    win.removeEventListener('mousemove', onMove, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('scroll', draw, true);
    host.remove();
    onDone(rule);
  }

  const stopEscape = listenForEscape(win, () => finish(null));
  win.addEventListener('mousemove', onMove, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('scroll', draw, { capture: true, passive: true });
  doc.documentElement.appendChild(host);
  return { cancel: () => finish(null) };
}
