import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { SiteRulesPage } from '@/components/options/SiteRulesPage';
import { alwaysOpenSites, isAlwaysOpen, turnOffAlwaysOpen, turnOnAlwaysOpen } from '@/utils/extension/always-open';
import { changeSite, loadRuleSet, watchRuleSet } from '@/utils/site-rules/rules-store';
import { NO_RULES, type SiteRules, type SiteRuleSet } from '@/utils/site-rules/site-rules';

// The options page is an extension page of its own: it reads and writes the rules in place.
async function change(site: string, edit: (rules: SiteRules) => SiteRules): Promise<string | null> {
  try {
    await changeSite(site, edit);
    return null;
  } catch (error) {
    console.error('Lucid Reader: site rules', error);
    return i18n.t('rules.changeFailed');
  }
}

const alwaysOpen = { isOn: isAlwaysOpen, turnOn: turnOnAlwaysOpen, turnOff: turnOffAlwaysOpen };

async function forget(site: string) {
  await Promise.all([change(site, () => NO_RULES), turnOffAlwaysOpen(site)]);
  await draw();
}

/** Draws the page with every site's rules as they are now (`rules`, when they just changed). */
async function draw(rules?: SiteRuleSet) {
  const [ruleSet, sites] = await Promise.all([rules ?? loadRuleSet(), alwaysOpenSites()]);
  render(
    <SiteRulesPage
      rules={ruleSet}
      alwaysOpenSites={sites}
      alwaysOpen={alwaysOpen}
      onChange={change}
      onForget={(site) => void forget(site)}
    />,
    document.getElementById('app')!,
  );
}

document.title = `${i18n.t('rules.pageTitle')} – ${i18n.t('extName')}`;
// Drawn again whenever the rules change, here or in a reader, and when a site is given or taken back.
watchRuleSet((rules) => void draw(rules));
browser.permissions.onAdded.addListener(() => void draw());
browser.permissions.onRemoved.addListener(() => void draw());
void draw();
