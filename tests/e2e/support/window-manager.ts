import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT_MS = 10_000;

/**
 * Starts a window manager (Openbox) on the X display: without one xdotool cannot give a browser
 * window keyboard focus. Resolves once it manages the screen, with a function that stops it;
 * rejects when there is no display or it does not start within TIMEOUT_MS.
 */
export async function startWindowManager(): Promise<() => void> {
  if (!process.env.DISPLAY) {
    throw new Error(
      'Keys from the OS need an X display: run under xvfb-run (`npm run test:e2e` and `npm run bench` do).',
    );
  }
  // Openbox runs its --startup command once it manages the screen: a window mapped before that
  // may never get focus.
  const dir = mkdtempSync(join(tmpdir(), 'lucid-openbox-'));
  const ready = join(dir, 'ready');
  const watcher = watch(dir);
  const windowManager = spawn('openbox', ['--startup', `touch ${ready}`], { stdio: 'ignore' });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Openbox did not start within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      const check = () => {
        if (!existsSync(ready)) return;
        clearTimeout(timer);
        resolve();
      };
      watcher.on('change', check);
      windowManager.once('exit', (code) => reject(new Error(`Openbox exited (${code}) before it started`)));
      check();
    });
  } catch (error) {
    windowManager.kill();
    throw error;
  } finally {
    watcher.close();
  }
  return () => windowManager.kill();
}
