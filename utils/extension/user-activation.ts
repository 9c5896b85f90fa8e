/**
 * Whether the person has just pressed a key or clicked in this page (the browser's transient user
 * activation, which no script can fake). Changes to the library are made only then: nothing that
 * runs in a page of ours without them can write or delete their highlights. Where the browser does
 * not tell (no `navigator.userActivation`), it is taken as yes.
 */
export function byPerson(): boolean {
  const nav = globalThis.navigator as { userActivation?: { isActive: boolean } } | undefined;
  return nav?.userActivation?.isActive ?? true;
}
