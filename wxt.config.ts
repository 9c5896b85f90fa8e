import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Explicit imports everywhere: a reader of any file sees where each name comes from.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Lucid Reader',
    description: 'Read the web in peace: a clean, quiet view of any article.',
    // Nothing runs on a page until the user asks: activeTab + scripting, no host permissions.
    permissions: ['activeTab', 'scripting'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the reader on this page',
      },
    },
    action: { default_title: 'Lucid Reader' },
    web_accessible_resources: [
      { resources: ['reader.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox needs an id for MV3, and a statement that nothing is collected.
        gecko: { id: 'lucid-reader@lucidreader.example', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
