import { render } from 'preact';
import { i18n } from '#i18n';
import { SiteRulesPage } from '@/components/options/SiteRulesPage';
import { changeSite, loadRuleSet, watchRuleSet } from '@/utils/site-rules/rules-store';
import type { SiteRules, SiteRuleSet } from '@/utils/site-rules/site-rules';

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

function draw(rules: SiteRuleSet) {
  render(<SiteRulesPage rules={rules} onChange={change} />, document.getElementById('app')!);
}

document.title = `${i18n.t('rules.pageTitle')} – ${i18n.t('extName')}`;
// Drawn again whenever the rules change, here or in a reader.
watchRuleSet(draw);
void loadRuleSet().then(draw);
