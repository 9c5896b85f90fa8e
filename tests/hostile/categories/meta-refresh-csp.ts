import { leak, PWN, type HostileCategory } from '../hostile-input';

// Refreshes wait ten minutes: the page in the browser must stay put while the reader opens.
export const metaRefreshCsp: HostileCategory = {
  slug: 'meta-refresh-csp',
  inputs: [
    { name: 'refresh to a javascript: URL', head: `<meta http-equiv="refresh" content="600;url=javascript:${PWN}">` },
    { name: 'refresh to another page', head: `<meta http-equiv="refresh" content="600; url=${leak('refresh')}">` },
    {
      name: 'refresh to a data: URL',
      body: `<meta http-equiv="refresh" content="600;url=data:text/html,<script>${PWN}</script>">`,
    },
    {
      name: 'refresh in the body',
      body: `<meta http-equiv="refresh" content="600;url=${leak('body-refresh')}"><p>After the refresh.</p>`,
    },
    {
      name: 'CSP that loosens',
      head: `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline' 'unsafe-eval'">`,
    },
    {
      name: 'CSP in the body',
      body: `<meta http-equiv="Content-Security-Policy" content="img-src 'none'; default-src *"><p>After the policy.</p>`,
    },
    { name: 'set-cookie', head: '<meta http-equiv="set-cookie" content="session=stolen; path=/">' },
    {
      name: 'UTF-7 charset with a UTF-7 payload',
      head: '<meta http-equiv="content-type" content="text/html; charset=utf-7">',
      body: `<p>+ADw-script+AD4-${PWN}+ADw-/script+AD4-</p>`,
    },
    { name: 'referrer policy', head: '<meta name="referrer" content="unsafe-url">' },
    {
      name: 'DNS prefetch control',
      head: '<meta http-equiv="x-dns-prefetch-control" content="on"><link rel="dns-prefetch" href="//leak.example">',
    },
  ],
};
