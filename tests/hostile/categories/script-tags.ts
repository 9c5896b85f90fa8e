import { leak, PWN, type HostileCategory } from '../hostile-input';

export const scriptTags: HostileCategory = {
  slug: 'script-tags',
  inputs: [
    { name: 'inline script', body: `<script>${PWN}</script>` },
    { name: 'upper-case script', body: `<SCRIPT>${PWN}</SCRIPT>` },
    { name: 'module script', body: `<script type="module">${PWN}</script>` },
    { name: 'external script', body: `<script src="${leak('script.js')}"></script>` },
    { name: 'script with a slash for a space', body: `<script/x src="${leak('slash.js')}"></script>` },
    { name: 'import map', body: `<script type="importmap">{"imports":{"a":"${leak('importmap.js')}"}}</script>` },
    {
      name: 'speculation rules',
      body: `<script type="speculationrules">{"prefetch":[{"source":"list","urls":["${leak('prefetch')}"]}]}</script>`,
    },
    { name: 'script in noscript', body: `<noscript><script>${PWN}</script></noscript>` },
    {
      name: 'image with a handler in noscript',
      body: `<noscript><p>Enable JavaScript <img src="/x.png" onerror="${PWN}"></p></noscript>`,
    },
    { name: 'script in SVG', body: `<svg><script>${PWN}</script></svg>` },
    { name: 'SVG script by href', body: `<svg><script href="data:text/javascript,${PWN}"></script></svg>` },
    { name: 'SVG script by xlink:href', body: `<svg><script xlink:href="${leak('svg.js')}"></script></svg>` },
    { name: 'script fostered out of a table', body: `<table><script>${PWN}</script><tr><td>cell</td></tr></table>` },
    {
      name: 'script writing markup',
      body: `<p>Before<script>document.write('<img src=x onerror=${PWN}>')</script> after.</p>`,
    },
    { name: 'script split by a comment', body: `<p><scr<!-- -->ipt>${PWN}</script></p>` },
    { name: 'script in a paragraph', body: `<p>Text <script>${PWN}</script> more text.</p>` },
  ],
};
