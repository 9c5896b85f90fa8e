import { PWN, type HostileCategory, type HostileInput } from '../hostile-input';

/** `javascript:` as pages disguise it, each as written in an attribute (entities and all). */
const DISGUISES: [string, string][] = [
  ['plain', `javascript:${PWN}`],
  ['mixed case', `JaVaScRiPt:${PWN}`],
  ['upper case', `JAVASCRIPT:${PWN}`],
  ['leading spaces', `   javascript:${PWN}`],
  ['leading newline and tab', `\n\tjavascript:${PWN}`],
  ['leading control character', `&#x01;javascript:${PWN}`],
  ['leading form feed entity', `&#12;javascript:${PWN}`],
  ['leading NUL', `\u0000javascript:${PWN}`],
  ['tab inside', `java\tscript:${PWN}`],
  ['tab entity inside', `java&#x09;script:${PWN}`],
  ['named tab entity inside', `java&Tab;script:${PWN}`],
  ['newline entity inside', `java&#10;script:${PWN}`],
  ['named newline entity inside', `java&NewLine;script:${PWN}`],
  ['carriage return inside', `java\rscript:${PWN}`],
  ['decimal entities', `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}`],
  ['hex entities', `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${PWN}`],
  ['zero-padded entities', `&#0000106;&#0000097;vascript:${PWN}`],
  ['entities without semicolons', `&#106&#97vascript:${PWN}`],
  ['encoded colon', `javascript&colon;${PWN}`],
  ['percent-encoded scheme', `%6Aavascript:${PWN}`],
  ['comment after the scheme', `javascript://%0A${PWN}`],
  ['zero-width space inside', `java\u200bscript:${PWN}`],
];

const linkInputs: HostileInput[] = DISGUISES.map(([name, url]) => ({
  name: `link, ${name}`,
  body: `<p>Read <a href="${url}">this link (${name})</a> now.</p>`,
}));

export const javascriptUrls: HostileCategory = {
  slug: 'javascript-urls',
  inputs: [
    ...linkInputs,
    { name: 'image source', body: `<img src="javascript:${PWN}" alt="js image">` },
    {
      name: 'area of an image map',
      body: `<map name="m"><area href="javascript:${PWN}" shape="rect" coords="0,0,9,9"></map>`,
    },
    { name: 'form action', body: `<form action="javascript:${PWN}"><button>Go</button></form>` },
    { name: 'button formaction', body: `<button formaction="javascript:${PWN}">Send</button>` },
    { name: 'iframe source', body: `<iframe src="javascript:${PWN}" allowfullscreen></iframe>` },
    { name: 'object data', body: `<object data="javascript:${PWN}"></object>` },
    { name: 'embed source', body: `<embed src="javascript:${PWN}">` },
    { name: 'quote cite', body: `<blockquote cite="javascript:${PWN}"><p>Quoted words.</p></blockquote>` },
    {
      name: 'SVG link xlink:href',
      body: `<svg><a xlink:href="javascript:${PWN}"><text y="9">svg link</text></a></svg>`,
    },
    { name: 'MathML href', body: `<math href="javascript:${PWN}"><mi>x</mi></math>` },
    {
      name: 'link inside a video embed title',
      body: `<iframe src="https://www.youtube.com/embed/abc" title="javascript:${PWN}" width="560" height="315"></iframe>`,
    },
  ],
};
