// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { AlwaysOpenSwitch, type AlwaysOpenControl } from '@/components/shared/AlwaysOpenSwitch';
import { useRenderRoot } from '../support/render-root';
import { settle } from '../support/ui-actions';

const root = useRenderRoot();

/** A browser that says always open is `on`, and answers the prompt with `allow`. */
function control(on: boolean, allow: boolean): AlwaysOpenControl {
  return {
    isOn: vi.fn(async () => on),
    turnOn: vi.fn(async () => allow),
    turnOff: vi.fn(async () => {}),
  };
}

async function show(browser: AlwaysOpenControl) {
  await act(async () => render(<AlwaysOpenSwitch site="harbourpost.example" control={browser} />, root()));
  await settle();
  return root().querySelector<HTMLInputElement>('input[role="switch"]')!;
}

async function flip(toggle: HTMLInputElement) {
  await act(async () => toggle.click());
  await settle();
}

it('names the site, and shows what the browser says', async () => {
  const toggle = await show(control(true, true));
  expect(root().textContent).toContain('Open articles on harbourpost.example in the reader');
  expect(toggle.checked).toBe(true);
});

it('turns on when the person allows it, and off again', async () => {
  const browser = control(false, true);
  const toggle = await show(browser);
  await flip(toggle);
  expect(browser.turnOn).toHaveBeenCalledWith('harbourpost.example');
  expect(toggle.checked).toBe(true);
  await flip(toggle);
  expect(browser.turnOff).toHaveBeenCalledWith('harbourpost.example');
  expect(toggle.checked).toBe(false);
});

it('stays off and says so in one sentence when the person declines', async () => {
  const toggle = await show(control(false, false));
  await flip(toggle);
  expect(toggle.checked).toBe(false);
  expect(root().querySelector('[role="status"]')!.textContent).toBe(
    'Nothing changed: Lucid Reader still reads pages of harbourpost.example only when you ask.',
  );
});
