import { baseHijack } from './categories/base-hijack';
import { cssExfiltration } from './categories/css-exfiltration';
import { customElements } from './categories/custom-elements';
import { deepNesting } from './categories/deep-nesting';
import { documentClobbering } from './categories/document-clobbering';
import { domClobbering } from './categories/dom-clobbering';
import { eventHandlers } from './categories/event-handlers';
import { formsAndPasswords } from './categories/forms-and-passwords';
import { framesAndEmbeds } from './categories/frames-and-embeds';
import { hostileMetadata } from './categories/hostile-metadata';
import { javascriptUrls } from './categories/javascript-urls';
import { metaRefreshCsp } from './categories/meta-refresh-csp';
import { networkLeaks } from './categories/network-leaks';
import { otherSchemes } from './categories/other-schemes';
import { pollutedPrototype } from './categories/polluted-prototype';
import { rawtextBreakouts } from './categories/rawtext-breakouts';
import { scriptTags } from './categories/script-tags';
import { svgMathmlMxss } from './categories/svg-mathml-mxss';
import { templateStrings } from './categories/template-strings';
import type { HostileCategory } from './hostile-input';

/** How deep the deep-nesting pages go: the figure. */
export const NESTING_DEPTH = 10_000;

/**
 * Every category of hostile page the reader must survive (issue 7), the deep ones `nestingDepth`
 * levels deep. A stored record tampered with raw HTML is the one more category, tested on the
 * reader itself (tampered-record.test.tsx).
 */
export const hostileCorpus = (nestingDepth = NESTING_DEPTH): HostileCategory[] => [
  scriptTags,
  eventHandlers,
  javascriptUrls,
  otherSchemes,
  framesAndEmbeds,
  svgMathmlMxss,
  rawtextBreakouts,
  deepNesting(nestingDepth),
  baseHijack,
  metaRefreshCsp,
  formsAndPasswords,
  cssExfiltration,
  networkLeaks,
  domClobbering,
  documentClobbering,
  pollutedPrototype,
  templateStrings,
  customElements,
  hostileMetadata,
];
