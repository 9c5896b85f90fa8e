// "Always open" as the browser keeps it: a site's permission, and its script registered for it alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALWAYS_OPEN_SCRIPT,
  alwaysOpenSites,
  forgetWithdrawnSites,
  isAlwaysOpen,
  restoreAlwaysOpen,
  turnOffAlwaysOpen,
  turnOnAlwaysOpen,
} from '@/utils/extension/always-open';

type Registered = { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean; runAt?: string };

/** The browser's side, in memory: the scripts registered, the sites granted, and what the person answers. */
let scripts: Registered[];
let granted: Set<string>;
let answer: boolean;

beforeEach(() => {
  scripts = [];
  granted = new Set();
  answer = true;
  const { scripting, permissions } = fakeBrowser;
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation((async (filter?: { ids?: string[] }) =>
    scripts.filter((script) => !filter?.ids || filter.ids.includes(script.id))) as never);
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation((async (added: Registered[]) => {
    if (added.some((script) => scripts.some((known) => known.id === script.id))) throw new Error('Duplicate script ID');
    scripts.push(...added);
  }) as never);
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation((async ({ ids }: { ids: string[] }) => {
    scripts = scripts.filter((script) => !ids.includes(script.id));
  }) as never);
  vi.spyOn(permissions, 'request').mockImplementation((async ({ origins }: { origins: string[] }) => {
    if (answer) for (const origin of origins) granted.add(origin);
    return answer;
  }) as never);
  vi.spyOn(permissions, 'contains').mockImplementation((async ({ origins }: { origins: string[] }) =>
    origins.every((origin) => granted.has(origin))) as never);
  vi.spyOn(permissions, 'remove').mockImplementation((async ({ origins }: { origins: string[] }) => {
    for (const origin of origins) granted.delete(origin);
    return true;
  }) as never);
  vi.spyOn(permissions, 'getAll').mockImplementation((async () => ({
    origins: [...granted],
    permissions: [],
  })) as never);
});

describe('turning always open on and off', () => {
  it('asks for the one site, then registers its script for that site alone, kept across restarts', async () => {
    await expect(turnOnAlwaysOpen('harbourpost.example')).resolves.toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://harbourpost.example/*'] });
    expect(scripts).toEqual([
      {
        id: 'always-open:harbourpost.example',
        matches: ['*://harbourpost.example/*'],
        js: [ALWAYS_OPEN_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await isAlwaysOpen('harbourpost.example')).toBe(true);
    expect(await alwaysOpenSites()).toEqual(['harbourpost.example']);
  });

  it('changes nothing when the person declines', async () => {
    answer = false;
    await expect(turnOnAlwaysOpen('harbourpost.example')).resolves.toBe(false);
    expect(scripts).toEqual([]);
    expect(await isAlwaysOpen('harbourpost.example')).toBe(false);
  });

  it('unregisters the script and gives the site back when turned off', async () => {
    await turnOnAlwaysOpen('harbourpost.example');
    await turnOnAlwaysOpen('other.example');
    await turnOffAlwaysOpen('harbourpost.example');
    expect(scripts.map((script) => script.id)).toEqual(['always-open:other.example']);
    expect([...granted]).toEqual(['*://other.example/*']);
    expect(await alwaysOpenSites()).toEqual(['other.example']);
  });
});

describe('keeping registrations and access together', () => {
  it('registers again, after an update dropped them, the scripts of the sites the extension holds', async () => {
    await turnOnAlwaysOpen('harbourpost.example');
    scripts = [];
    await restoreAlwaysOpen();
    expect(scripts.map((script) => script.id)).toEqual(['always-open:harbourpost.example']);
    await restoreAlwaysOpen();
    expect(scripts).toHaveLength(1);
  });

  it('drops the script of a site whose access was taken back in the browser’s settings', async () => {
    await turnOnAlwaysOpen('harbourpost.example');
    await turnOnAlwaysOpen('other.example');
    granted.delete('*://harbourpost.example/*');
    await forgetWithdrawnSites(['*://harbourpost.example/*']);
    expect(scripts.map((script) => script.id)).toEqual(['always-open:other.example']);
    expect(await isAlwaysOpen('harbourpost.example')).toBe(false);
  });
});
