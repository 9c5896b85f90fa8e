import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * The hosts an article's images may come from: any. Declared as optional host permissions in the
 * manifest, granted only when the person chooses to keep images with saved articles.
 */
const IMAGE_HOSTS = { origins: ['*://*/*'] };

/**
 * Whether the reader has asked "Keep images with saved articles?" (answered either way): it asks
 * once; the popup's setting changes the answer later.
 */
const asked = storage.defineItem<boolean>('local:keepImagesAsked', { fallback: false, version: 1 });

/** Whether this page can ask for the permission at all (Firefox gives a reader frame inside a page no `permissions`). */
export const canAskForImages = (): boolean => !!browser.permissions;

/** Whether images are kept with saved articles (the person granted the hosts); false when that cannot be known. */
export async function keepsImages(): Promise<boolean> {
  return (await browser.permissions?.contains(IMAGE_HOSTS).catch(() => false)) ?? false;
}

/**
 * Shows the browser's own prompt for the image hosts and says whether the person granted them.
 * Call it first thing in a click or key handler: the browser asks only during the person's gesture.
 */
export function askToKeepImages(): Promise<boolean> {
  void asked.setValue(true);
  return browser.permissions.request(IMAGE_HOSTS).catch(() => false);
}

/** Gives the image hosts back: saved articles keep the images kept so far, new ones get none. */
export function stopKeepingImages(): Promise<boolean> {
  return browser.permissions.remove(IMAGE_HOSTS).catch(() => false);
}

/** Whether the reader should ask, on this first save: not when it asked before or the images are kept already. */
export async function shouldAskAboutImages(): Promise<boolean> {
  return canAskForImages() && !(await asked.getValue()) && !(await keepsImages());
}

/** The person answered "Not now": the reader does not ask again. */
export const declineImages = (): Promise<void> => asked.setValue(true);
