import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the (jsdom) document for each test to render a component into, unmounted and
 * removed after it. Returns a getter: the element changes from test to test.
 */
export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
