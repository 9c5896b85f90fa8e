import { PWN, type HostileCategory } from '../hostile-input';

/** Template syntax of client frameworks: text to the reader, never evaluated. */
export const templateStrings: HostileCategory = {
  slug: 'template-strings',
  inputs: [
    { name: 'mustache', body: `<p>Total: {{constructor.constructor('${PWN}')()}}</p>` },
    {
      name: 'AngularJS app',
      body: `<div ng-app ng-csp><p>{{$on.constructor('${PWN}')()}}</p><p ng-init="${PWN}" ng-click="${PWN}">clicked</p></div>`,
    },
    { name: 'template literal', body: `<p>Price: \${${PWN}} and \${alert(document.domain)}</p>` },
    {
      name: 'Vue directives',
      body: `<div v-html="'<img src=x onerror=${PWN}>'" v-on:click="${PWN}" @mouseover="${PWN}">Vue text {{ 1 + 1 }}</div>`,
    },
    { name: 'Alpine directives', body: `<div x-data="{}" x-init="${PWN}" :title="${PWN}">Alpine text</div>` },
    { name: 'Knockout bindings', body: `<p data-bind="html: '<img src=x onerror=${PWN}>'">Knockout text</p>` },
    { name: 'htmx attributes', body: '<p hx-get="/leak/htmx" hx-trigger="load">htmx text</p>' },
    { name: 'server template tags', body: `<p><%= ${PWN} %> #{${PWN}} [[${PWN}]] {% raw %}{{x}}{% endraw %}</p>` },
    { name: 'template in an attribute', body: `<p title="\${${PWN}}{{${PWN}}}">Attribute templates.</p>` },
  ],
};
