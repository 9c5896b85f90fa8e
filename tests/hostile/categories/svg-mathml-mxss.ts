import { leak, PWN, type HostileCategory } from '../hostile-input';

const IMG = `<img src=x onerror=${PWN}>`;

/** Namespace-confusion shapes from DOMPurify's bypass history: markup that parses differently the second time. */
export const svgMathmlMxss: HostileCategory = {
  slug: 'svg-mathml-mxss',
  inputs: [
    { name: 'style in SVG after a stray </p>', body: `<svg></p><style><a id="</style>${IMG}">` },
    { name: 'math/mtext/table/mglyph/style', body: `<math><mtext><table><mglyph><style>${IMG}` },
    {
      name: 'mglyph style with a comment',
      body: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${PWN}&gt;">`,
    },
    { name: 'nested forms around math', body: `<form><math><mtext></form><form><mglyph><style></math>${IMG}` },
    { name: 'style in a paragraph in SVG', body: `<svg><p><style><g title="</style>${IMG}">` },
    {
      name: 'textarea in SVG in MathML',
      body: `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea>${IMG}">`,
    },
    { name: 'foreignObject', body: `<svg><foreignObject><p>inside</p>${IMG}</foreignObject></svg>` },
    {
      name: 'annotation-xml as HTML',
      body: `<math><annotation-xml encoding="text/html"><style>${IMG}</style></annotation-xml></math>`,
    },
    {
      name: 'SVG set to a javascript: href',
      body: `<svg><a><set attributeName="href" to="javascript:${PWN}"/><text y="9">set</text></a></svg>`,
    },
    {
      name: 'SVG animate of an href',
      body: `<svg><a><animate attributeName="href" values="javascript:${PWN}"/><text y="9">animate</text></a></svg>`,
    },
    { name: 'SVG use of an outside document', body: `<svg><use href="${leak('sprite.svg')}#icon"/></svg>` },
    { name: 'SVG image', body: `<svg><image href="${leak('svg-image.png')}" width="9" height="9"/></svg>` },
    { name: 'CDATA in SVG desc', body: `<svg><desc><![CDATA[</desc><script>${PWN}</script>]]></desc></svg>` },
    { name: 'SVG style import', body: `<svg><style>@import url(${leak('svg-style.css')});</style></svg>` },
    {
      name: 'MathML maction',
      body: `<math><maction actiontype="statusline" xlink:href="javascript:${PWN}">click</maction></math>`,
    },
    {
      name: 'SVG in a table',
      body: `<table><tr><td><svg><style><img title="</style>${IMG}"></style></svg></td></tr></table>`,
    },
    { name: 'noscript attribute breakout', body: `<noscript><p title="</noscript>${IMG}"></noscript>` },
    { name: 'DOMPurify 2.0.0 bypass', body: `<svg></p><title><a href="</title>${IMG}">` },
    {
      name: 'malformed math in a select',
      body: `<select><template><math><style><img src onerror=${PWN}></style></math></template></select>`,
    },
  ],
};
