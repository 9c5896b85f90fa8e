import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Puts focus on the first field or button of a panel or dialog when it shows, before its first
 * paint: a key pressed the moment it appears must already land in it.
 */
export function useFocusOnShow(container: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => container.current?.querySelector<HTMLElement>('textarea, button')?.focus(), []);
}
