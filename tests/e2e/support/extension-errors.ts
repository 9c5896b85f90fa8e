import type { BrowserContext, CDPSession } from 'playwright-core';

/** Collects the uncaught errors of the extension's contexts while a browser runs. */
export interface ExtensionErrors {
  /** The errors reported since the last call, one line each (empty when none). */
  take(): string[];
  stop(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface CallFrame {
  url: string;
}

interface ExceptionDetails {
  text: string;
  url?: string;
  exception?: { description?: string };
  stackTrace?: { callFrames: CallFrame[] };
}

interface LogEntry {
  source: string;
  level: string;
  text: string;
  url?: string;
}

const EXTENSION_URL = /^chrome-extension:\/\//;

// Where extension code runs: its service worker, its pages and frames, and (content scripts) any page.
const WATCHED_TYPES = new Set(['service_worker', 'page', 'iframe', 'worker']);

function isOurs(details: ExceptionDetails, targetUrl: string): boolean {
  if (EXTENSION_URL.test(targetUrl) || EXTENSION_URL.test(details.url ?? '')) return true;
  return (details.stackTrace?.callFrames ?? []).some((frame) => EXTENSION_URL.test(frame.url));
}

/**
 * Watches every target of the browser through one DevTools session of its own: an uncaught
 * exception or unhandled rejection in the service worker, a popup or reader page, a reader frame,
 * or a content script's world (a page whose error's stack runs through extension code), and a
 * Content Security Policy refusal on an extension page. Playwright's own events miss the service
 * worker's exceptions, and the popup lives outside its context.
 *
 * The sessions are the protocol's non-flat kind (messages wrapped in Target.sendMessageToTarget):
 * Playwright's CDPSession cannot address flat child sessions.
 */
export async function watchExtensionErrors(context: BrowserContext): Promise<ExtensionErrors> {
  const cdp: CDPSession = await context.browser()!.newBrowserCDPSession();
  let errors: string[] = [];
  const urls = new Map<string, string>(); // targetId -> its URL, kept current as it navigates
  const targetOf = new Map<string, string>(); // sessionId -> targetId

  const send = (sessionId: string, method: string) =>
    cdp
      .send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: 1, method }) } as never)
      .catch(() => {}); // the target went away meanwhile

  async function attach(target: TargetInfo) {
    if (!WATCHED_TYPES.has(target.type) || urls.has(target.targetId)) return;
    urls.set(target.targetId, target.url);
    try {
      const { sessionId } = (await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      })) as {
        sessionId: string;
      };
      targetOf.set(sessionId, target.targetId);
      // Enabling replays what happened before it: an error thrown while attaching is not missed.
      await Promise.all([send(sessionId, 'Runtime.enable'), send(sessionId, 'Log.enable')]);
    } catch {
      // Closed before it could be attached: it ran no code of ours worth watching.
    }
  }

  cdp.on('Target.receivedMessageFromTarget' as never, (event: { sessionId: string; message: string }) => {
    const { method, params } = JSON.parse(event.message) as { method?: string; params?: unknown };
    const targetUrl = urls.get(targetOf.get(event.sessionId) ?? '') ?? '';
    if (method === 'Runtime.exceptionThrown') {
      const details = (params as { exceptionDetails: ExceptionDetails }).exceptionDetails;
      if (isOurs(details, targetUrl)) {
        errors.push(`${targetUrl}: ${details.exception?.description ?? details.text}`);
      }
    } else if (method === 'Log.entryAdded') {
      const { entry } = params as { entry: LogEntry };
      if (entry.level === 'error' && entry.source === 'security' && EXTENSION_URL.test(targetUrl)) {
        errors.push(`${targetUrl}: ${entry.text}`);
      }
    }
  });
  cdp.on('Target.targetCreated', ({ targetInfo }: { targetInfo: TargetInfo }) => void attach(targetInfo));
  cdp.on('Target.targetInfoChanged', ({ targetInfo }: { targetInfo: TargetInfo }) => {
    if (urls.has(targetInfo.targetId)) urls.set(targetInfo.targetId, targetInfo.url);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  await Promise.all(targetInfos.map(attach));

  return {
    take() {
      const taken = errors;
      errors = [];
      return taken;
    },
    stop: () => cdp.detach().catch(() => {}),
  };
}
