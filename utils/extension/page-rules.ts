import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { parseRuleTarget } from '../site-rules/parse-site-rules';
import { changeSite, rulesFor, withoutRemoval, withRemoval } from '../site-rules/rules-store';
import { isEmpty, siteOf, type RuleTarget, type SiteRules } from '../site-rules/site-rules';
import { answerLibrary, answerWrite, type LibraryReply, refusal, writeFailed } from './answer-library';
import { isObject } from '../value-checks';
import type { ContentMessage } from './content-messages';

/** The site of the page in tab `tabId` (the reader frame's page), or null when it is no web page or the browser does not say. */
async function siteOfTab(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url ? siteOf(tab.url) : null;
}

/** The rules of the site of tab `tabId`'s page; null when it has none, or they cannot be read (the article then opens without). */
export async function rulesOfTab(tabId: number): Promise<SiteRules | null> {
  const site = await siteOfTab(tabId);
  const rules = site ? await rulesFor(site).catch(() => null) : null;
  return rules && !isEmpty(rules) ? rules : null;
}

const theRule = writeFailed(() => i18n.t('rules.theRule'));

/**
 * Keeps a removal for the site of tab `tabId`: its page finds the element the reader's block (its
 * `text`, its `image`) came from and names blocks like it. Answers with the rule and the site, or
 * why none was kept.
 */
export async function removeBlock(
  tabId: number,
  text: string,
  image: string | null,
): Promise<LibraryReply<{ rule: RuleTarget; site: string }>> {
  const site = await siteOfTab(tabId);
  if (!site) return refusal(i18n.t('rules.noSite'));
  const message: ContentMessage = { type: 'describe-block', text, image };
  // The page's answer is checked like anything else from a web page: a well-formed, plain rule or nothing.
  const rule = parseRuleTarget(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null));
  if (!rule) return refusal(i18n.t('rules.noRule'));
  return answerLibrary(async () => {
    await changeSite(site, (rules) => withRemoval(rules, rule));
    return { rule, site };
  }, theRule);
}

/**
 * Keeps the part the person pointed at as the content rule of the site of tab `tabId`'s page, when
 * the page's `reply` to get-article carries one ("Wrong part?"); the reply goes on as it came.
 */
export async function keepChosenContent<R>(tabId: number, reply: R): Promise<R> {
  const chosen = isObject(reply) ? parseRuleTarget(reply.chosenContent) : null;
  const site = chosen && (await siteOfTab(tabId));
  if (chosen && site) {
    await changeSite(site, (rules) => ({ ...rules, content: chosen })).catch((error: unknown) =>
      console.error('Lucid Reader: site rules', error),
    );
  }
  return reply;
}

/** Forgets the removal of `selector` on the site of tab `tabId`'s page ("Undo"). */
export async function forgetRemoval(tabId: number, selector: string): Promise<LibraryReply> {
  const site = await siteOfTab(tabId);
  if (!site) return refusal(i18n.t('rules.noSite'));
  return answerWrite(() => changeSite(site, (rules) => withoutRemoval(rules, selector)), theRule);
}
