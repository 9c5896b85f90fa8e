import type { HostileCategory, HostileInput } from '../hostile-input';

/** Relative addresses the base would redirect. */
const RELATIVE =
  '<p>See <a href="sign-in">the sign-in page</a> and <a href="/account">your account</a>.</p><img src="photo.jpg" alt="photo">';

const BASES: [string, string][] = [
  ['another site', 'https://evil.example/'],
  ['a javascript: base', 'javascript:window.__pwned=1//'],
  ['a data: base', 'data:text/html,<script>window.__pwned=1</script>'],
  ['a file: base', 'file:///etc/'],
  ['an extension base', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/'],
  ['a protocol-relative base', '//evil.example/'],
];

export const baseHijack: HostileCategory = {
  slug: 'base-hijack',
  inputs: [
    ...BASES.map(([name, href]): HostileInput => ({
      name: `<base> to ${name}`,
      head: `<base href="${href}">`,
      body: RELATIVE,
    })),
    { name: '<base> in the body', body: `<base href="https://evil.example/">${RELATIVE}` },
    { name: '<base target>', head: '<base target="_self">', body: RELATIVE },
  ],
};
