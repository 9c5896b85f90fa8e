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
 * until a control that names it in `aria-controls` opens it, or a tab panel hidden until its tab is
 * chosen. Readability skips hidden elements; a reader shows those panels open, and an accordion
 * button's label as text. Panels that are tools (a dialog, a menu, navigation) or mostly links stay
 * hidden. `elements` are the page's (a clone's: this mutates them).
 */
export function openPanels(elements: readonly Element[]): void {
  const doc = elements[0]?.ownerDocument;
  if (!doc) return;
  for (const el of elements) {
    if (!el.hasAttributes()) continue;
    // A tab panel opens by its role: a saved page may lack the tabs, which scripts build.
    if (el.getAttribute('role') === 'tabpanel') open(el as HTMLElement);
    const ids = el.getAttribute('aria-controls');
    if (!ids) continue;
    let opened = false;
    for (const id of ids.split(/\s+/)) {
      const panel = id ? (doc.getElementById(id) as HTMLElement | null) : null;
      if (panel && open(panel)) opened = true;
    }
    // An accordion's button (it says whether it is expanded) holds its panel's title ("1. Check the
    // roof"), which a button would take along; a tab's label is one of a row of controls.
    if (opened && isDisclosureButton(el)) el.replaceWith(...el.childNodes);
  }
}

/**
 * Shows `panel` when it is hidden and is a part of the text, not a tool or a list of links; true if
 * it did. A tab panel hidden only by `aria-hidden` (its tab's CSS hides it) opens too: the role says
 * what the attribute means there. Elsewhere `aria-hidden` stays, and Readability skips the panel:
 * opened, a page's folded FAQ can outweigh its text and become Readability's pick.
 */
function open(panel: HTMLElement): boolean {
  const foldedTab = panel.getAttribute('role') === 'tabpanel' && panel.getAttribute('aria-hidden') === 'true';
  if (!(isHidden(panel) || foldedTab) || panel.tagName === 'NAV') return false;
  if (TOOL_ROLES.has(panel.getAttribute('role') ?? '')) return false;
  if (linkDensity(panel) > MAX_PANEL_LINK_DENSITY) return false;
  panel.removeAttribute('hidden');
  if (panel.style?.display === 'none') panel.style.removeProperty('display');
  if (foldedTab) panel.removeAttribute('aria-hidden');
  return true;
}

function isDisclosureButton(el: Element): boolean {
  return (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') && el.hasAttribute('aria-expanded');
}
