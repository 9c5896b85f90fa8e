import { listenForEscape } from './escape-on-page';

/** The notice's words, read while the extension was still there to give them. */
export interface UpdateNoticeText {
  notice: string;
  close: string;
}

export interface UpdateNotice {
  /** Removes the notice. Safe to call twice. */
  close(): void;
}

const important = (rules: string[]) => rules.map((rule) => `${rule} !important`).join('; ');

// Inline, set through the CSSOM (which no page's style policy blocks), inside a closed shadow
// root: the page's CSS and scripts can neither restyle nor reach the notice.
const HOST_STYLE = important([
  'all: initial',
  'position: fixed',
  'inset-block-start: 16px',
  'inset-inline: 0',
  'margin: 0 auto',
  'display: block',
  'width: max-content',
  'max-width: calc(100vw - 32px)',
  'z-index: 2147483647',
]);
const BOX_STYLE = important([
  'display: flex',
  'align-items: center',
  'gap: 12px',
  'padding: 10px 12px 10px 16px',
  'border-radius: 8px',
  'background: #1f2328',
  'color: #ffffff',
  'font: 15px/1.4 system-ui, sans-serif',
  'box-shadow: 0 4px 16px rgb(0 0 0 / 0.3)',
]);
const BUTTON_STYLE = important([
  'font: inherit',
  'color: inherit',
  'background: transparent',
  'border: 1px solid #ffffff',
  'border-radius: 6px',
  'padding: 4px 10px',
  'cursor: pointer',
]);

/**
 * Shows, where the reader was, that the extension was updated under it and the reader must be
 * opened again. Needs nothing from the extension (an updated extension's old scripts can no
 * longer reach it): one element added to the page, removed by its close button or Esc.
 */
export function showUpdateNotice(doc: Document, text: UpdateNoticeText): UpdateNotice {
  const win = doc.defaultView!;
  const host = doc.createElement('div');
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'closed' });

  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = BOX_STYLE;
  const message = doc.createElement('span');
  message.textContent = text.notice;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = text.close;
  button.style.cssText = BUTTON_STYLE;
  box.append(message, button);
  root.append(box);

  function close() {
    stopListening();
    host.remove();
  }
  button.addEventListener('click', close);
  const stopListening = listenForEscape(win, close);
  // On <html>, like the reader's frame: a transformed or hidden body would trap a fixed child.
  doc.documentElement.append(host);
  return { close };
}
