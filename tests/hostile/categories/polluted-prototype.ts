import { PWN, type HostileCategory, type HostileInput } from '../hostile-input';

/** What each pollution would let through if a config read an inherited property. */
const PAYLOAD = `<p>Polluted page.</p><img src=x onerror=${PWN}><script>${PWN}</script><iframe srcdoc="<script>${PWN}</script>"></iframe><a href="javascript:${PWN}">js link</a><p style="color:red" id="x" data-x="1">styled</p><x-tag>custom</x-tag>`;

const POLLUTIONS: [string, Record<string, unknown>][] = [
  [
    'ALLOWED_TAGS and ALLOWED_ATTR',
    { ALLOWED_TAGS: ['script', 'img', 'iframe'], ALLOWED_ATTR: ['onerror', 'srcdoc', 'style'] },
  ],
  ['ADD_TAGS and ADD_ATTR', { ADD_TAGS: ['script', 'iframe'], ADD_ATTR: ['onerror', 'srcdoc', 'style', 'id'] }],
  [
    'URI regexp and unknown protocols',
    { ALLOWED_URI_REGEXP: /.*/, ALLOW_UNKNOWN_PROTOCOLS: true, ADD_URI_SAFE_ATTR: ['href'] },
  ],
  [
    'custom element handling',
    { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /.*/, attributeNameCheck: /.*/, allowCustomizedBuiltInElements: true } },
  ],
  [
    'data and aria attributes',
    { ALLOW_DATA_ATTR: true, ALLOW_ARIA_ATTR: true, SANITIZE_DOM: false, SANITIZE_NAMED_PROPS: false },
  ],
  [
    'document and namespace switches',
    {
      WHOLE_DOCUMENT: true,
      RETURN_DOM: true,
      NAMESPACE: 'http://www.w3.org/2000/svg',
      PARSER_MEDIA_TYPE: 'application/xhtml+xml',
    },
  ],
  [
    'forbid lists emptied',
    {
      FORBID_TAGS: [],
      FORBID_ATTR: [],
      FORBID_CONTENTS: [],
      KEEP_CONTENT: false,
      SAFE_FOR_XML: false,
      SAFE_FOR_TEMPLATES: false,
    },
  ],
  ['profiles', { USE_PROFILES: { html: true, svg: true, mathMl: true } }],
  [
    'element properties',
    {
      href: `javascript:${PWN}`,
      src: `javascript:${PWN}`,
      onerror: PWN,
      innerHTML: `<img src=x onerror=${PWN}>`,
      style: 'color:red',
    },
  ],
  ['our lookup tables', { SCRIPT: 'src', IFRAME: 'src', OBJECT: 'data', EMBED: 'src' }],
];

export const pollutedPrototype: HostileCategory = {
  slug: 'polluted-prototype',
  inputs: POLLUTIONS.map(([name, pollute]): HostileInput => ({
    name: `Object.prototype: ${name}`,
    body: PAYLOAD,
    pollute,
  })),
};
