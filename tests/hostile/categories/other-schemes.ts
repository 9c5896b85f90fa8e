import type { HostileCategory, HostileInput } from '../hostile-input';

/** Non-web addresses: none may reach a link or an image in the reader. */
const URLS: [string, string][] = [
  ['data: HTML', 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+'],
  ['data: SVG', "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='window.__pwned=1'/>"],
  [
    'data: PNG',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ],
  ['blob:', 'blob:http://127.0.0.1/5f0b6a2e-0000-4000-8000-000000000000'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['chrome-extension:', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html'],
  ['chrome:', 'chrome://settings/'],
  ['filesystem:', 'filesystem:http://127.0.0.1/temporary/a.html'],
  ['about:', 'about:blank'],
  ['intent:', 'intent://scan/#Intent;scheme=zxing;end'],
  ['ws:', 'ws://127.0.0.1/socket'],
  ['tel:', 'tel:+15550100'],
];

function onEverything([name, url]: [string, string]): HostileInput[] {
  return [
    { name: `${name} on a link`, body: `<p><a href="${url}">a ${name} link</a></p>` },
    { name: `${name} on an image`, body: `<img src="${url}" alt="a ${name} image">` },
    {
      name: `${name} on a picture source`,
      body: `<picture><source srcset="${url}"><img src="${url}" alt="picture"></picture>`,
    },
    {
      name: `${name} on a video poster`,
      body: `<video src="${url}" poster="${url}" width="640" height="360"></video>`,
    },
  ];
}

export const otherSchemes: HostileCategory = {
  slug: 'other-schemes',
  inputs: URLS.flatMap(onEverything),
};
