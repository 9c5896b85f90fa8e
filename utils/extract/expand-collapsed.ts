import { isVeiled, unveil } from './lift-veils';
import { proseBlocks } from './prose';
import { replaceElement } from './replace-element';

/**
 * Accordions and "show more" toggles hide part of a page until a button is pressed: the button names
 * the panel it opens (`aria-controls`), and the panel is hidden by its markup. The reader has no
 * button to press, and Readability skips hidden elements, so a guide's steps or an FAQ's answers
 * would be lost. A collapsed panel that holds prose is shown. Menus and dropdowns are collapsed
 * panels too, but of links, not prose: they stay hidden. So do a tab set's other panels, which say
 * again for another case what the shown one says (the same call in another language). The button
 * of a panel shown becomes a <span>: its label is the panel's title ("Choose a hive"), and the
 * sanitizer drops a button with all it says. Mutates `doc` (pass a clone).
 */
export function expandCollapsed(doc: Document): void {
  for (const toggle of doc.querySelectorAll('[aria-controls]')) {
    if (toggle.getAttribute('role') === 'tab' || toggle.getAttribute('aria-expanded') === 'true') continue;
    let shown = false;
    for (const id of (toggle.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      const panel = id ? (doc.getElementById(id) as HTMLElement | null) : null;
      if (!panel || !isVeiled(panel) || proseBlocks(panel).size === 0) continue;
      unveil(panel);
      panel.removeAttribute('aria-hidden');
      shown = true;
    }
    if (shown && toggle.tagName === 'BUTTON') replaceElement(toggle, 'span');
  }
}
