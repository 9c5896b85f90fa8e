import { linkDensity } from './link-density';

/** Hidden elements with these roles are the page's tools, not its text, whatever opens them. */
const TOOL_ROLES = new Set(['dialog', 'alertdialog', 'menu', 'menubar', 'listbox', 'navigation', 'search', 'tooltip']);
/** A panel mostly of links is a menu or a list of links, not a folded part of the text. */
const MAX_PANEL_LINK_DENSITY = 0.5;

function isHidden(el: HTMLElement): boolean {
  return el.hasAttribute('hidden') || el.style?.display === 'none';
}

/**
 * Pages fold parts of their text into accordions and tabs: a panel hidden (`hidden`, `display: none`)
 * until a control that names it in `aria-controls` opens it. Readability skips hidden elements; a
 * reader shows those panels open, and an accordion button's label as text. Panels that are
 * tools (a dialog, a menu, navigation) or mostly links stay hidden. `elements` are the page's (a
 * clone's: this mutates them).
 */
export function openPanels(elements: readonly Element[]): void {
  const doc = elements[0]?.ownerDocument;
  if (!doc) return;
  for (const control of elements) {
    const ids = control.hasAttributes() ? control.getAttribute('aria-controls') : null;
    if (!ids) continue;
    let opened = false;
    for (const id of ids.split(/\s+/)) {
      const panel = id ? (doc.getElementById(id) as HTMLElement | null) : null;
      if (!panel || !isHidden(panel) || panel.tagName === 'NAV') continue;
      if (TOOL_ROLES.has(panel.getAttribute('role') ?? '')) continue;
      if (linkDensity(panel) > MAX_PANEL_LINK_DENSITY) continue;
      panel.removeAttribute('hidden');
      if (panel.style?.display === 'none') panel.style.removeProperty('display');
      opened = true;
    }
    // An accordion's button (it says whether it is expanded) holds its panel's title ("1. Check the
    // roof"), which a button would take along; a tab's label is one of a row of controls.
    if (opened && isDisclosureButton(control)) control.replaceWith(...control.childNodes);
  }
}

function isDisclosureButton(el: Element): boolean {
  return (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') && el.hasAttribute('aria-expanded');
}
