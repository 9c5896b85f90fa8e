import { PWN, type HostileCategory } from '../hostile-input';

/** Ids and names that would shadow properties of window, document or a form if they survived into the reader. */
export const domClobbering: HostileCategory = {
  slug: 'dom-clobbering',
  inputs: [
    {
      name: 'id __proto__',
      body: '<p id="__proto__">Proto paragraph.</p><img id="__proto__" name="__proto__" src="/img/photo.jpg" alt="photo">',
    },
    {
      name: 'id document',
      body: '<form id="document"><p>Form called document.</p></form><div id="document">Div called document.</div>',
    },
    { name: 'name body', body: '<form name="body"><p>Form called body.</p></form>' },
    {
      name: 'form clobbering attributes',
      body: '<form><input name="attributes"><input name="removeAttribute"><p>Clobbered form.</p></form>',
    },
    {
      name: 'form clobbering tagName and nodeName',
      body: '<form><input name="tagName"><input name="nodeName"><p>Clobbered names.</p></form>',
    },
    {
      name: 'two anchors making a collection',
      body: `<a id="config"></a><a id="config" name="url" href="javascript:${PWN}">config</a>`,
    },
    { name: 'id location', body: `<a id="location" href="javascript:${PWN}">location</a>` },
    { name: 'id of the reader sentinel', body: '<div id="__pwned">Sentinel by id.</div>' },
    {
      name: 'ids of the reader',
      body: '<div id="app">App</div><main id="main">Main</main><p id="readability-page-1">Readability id.</p>',
    },
  ],
};
