import { leak, PWN, type HostileCategory } from '../hostile-input';

/** Autonomous and customized built-in elements, and shadow roots declared in markup. */
export const customElements: HostileCategory = {
  slug: 'custom-elements',
  inputs: [
    { name: 'autonomous custom element', body: '<x-widget>Widget text</x-widget>' },
    {
      name: 'custom element with handlers and a source',
      body: `<my-player src="${leak('player')}" onclick="${PWN}">Player text</my-player>`,
    },
    { name: 'customized built-in paragraph', body: '<p is="x-evil">Paragraph with is.</p>' },
    { name: 'customized built-in link', body: '<a is="x-link" href="https://news.example/">link with is</a>' },
    { name: 'customized built-in button', body: '<button is="evil-button">Button with is</button>' },
    {
      name: 'custom element defined by the page',
      head: `<script>customElements.define('x-boom', class extends HTMLElement { connectedCallback() { ${PWN}; } });</script>`,
      body: '<x-boom>Boom text</x-boom>',
    },
    {
      name: 'declarative shadow root',
      body: `<div><template shadowrootmode="open"><img src=x onerror=${PWN}><slot></slot></template>Shadow host text</div>`,
    },
    {
      name: 'unusual custom element names',
      body: '<x-🐛>bug</x-🐛><font-face>font face</font-face><annotation-xml>annotation</annotation-xml>',
    },
    { name: 'slot and part', body: '<p slot="x" part="y" exportparts="z">Slot text</p>' },
  ],
};
