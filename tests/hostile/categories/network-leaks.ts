import { leak, type HostileCategory } from '../hostile-input';

/** Attributes and elements that make a browser fetch something other than an image's src. */
export const networkLeaks: HostileCategory = {
  slug: 'network-leaks',
  inputs: [
    {
      name: 'srcset',
      body: `<img src="/img/photo.jpg" srcset="${leak('srcset-2x.jpg')} 2x, ${leak('srcset-800.jpg')} 800w" alt="photo">`,
    },
    // An image with a srcset only, or a lazy one, is shown from that address: an image load, as allowed.
    { name: 'srcset only', body: '<img srcset="/img/srcset-only.jpg 1x" alt="srcset only">' },
    { name: 'ping', body: `<p><a href="https://news.example/" ping="${leak('ping')}">tracked link</a></p>` },
    { name: 'poster', body: `<video poster="${leak('poster.jpg')}" width="640" height="360"></video>` },
    {
      name: 'background attribute',
      body: `<table background="${leak('table-bg.png')}"><tr><td background="${leak('td-bg.png')}">cell</td></tr></table>`,
    },
    { name: 'body background', body: `<body background="${leak('body-bg.png')}"><p>Body background.</p>` },
    {
      name: 'lowsrc and dynsrc',
      body: `<img src="/img/photo.jpg" lowsrc="${leak('lowsrc.jpg')}" dynsrc="${leak('dynsrc.avi')}" alt="photo">`,
    },
    { name: 'longdesc', body: `<img src="/img/photo.jpg" longdesc="${leak('longdesc')}" alt="photo">` },
    { name: 'link preload', head: `<link rel="preload" href="${leak('preload.jpg')}" as="image">` },
    {
      name: 'link preload in the body',
      body: `<link rel="preload" href="${leak('body-preload.jpg')}" as="image"><p>After the preload.</p>`,
    },
    {
      name: 'link prefetch and preconnect',
      body: `<link rel="prefetch" href="${leak('prefetch')}"><link rel="preconnect" href="https://leak.example"><p>Prefetching.</p>`,
    },
    {
      name: 'picture source',
      body: `<picture><source srcset="${leak('source.webp')}" type="image/webp"><img src="/img/photo.jpg" alt="photo"></picture>`,
    },
    {
      name: 'quote cite',
      body: `<blockquote cite="${leak('cite')}"><p>Quoted.</p></blockquote><q cite="${leak('q-cite')}">short quote</q>`,
    },
    {
      name: 'attribution source',
      body: `<p><a href="https://news.example/" attributionsrc="${leak('attribution')}">ad</a></p><img src="/img/photo.jpg" attributionsrc="${leak('img-attribution')}" alt="ad">`,
    },
    {
      name: 'credentialed image',
      body: '<img src="/img/photo.jpg" crossorigin="use-credentials" referrerpolicy="unsafe-url" alt="photo">',
    },
    { name: 'lazy image from data-src', body: '<img data-src="/img/lazy.jpg" alt="lazy">' },
    { name: 'input image', body: `<input type="image" src="${leak('input.png')}">` },
    {
      name: 'SVG image and feImage',
      body: `<svg><image href="${leak('svg-image.png')}"/><filter><feImage href="${leak('feimage.png')}"/></filter></svg>`,
    },
    { name: 'object and embed', body: `<object data="${leak('object')}"></object><embed src="${leak('embed')}">` },
  ],
};
