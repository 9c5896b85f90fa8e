import { i18n } from '#i18n';
import type { SkippedRule } from '@/utils/site-rules/site-rules';
import { ruleWords } from '../shared/rule-words';

/** Why `skipped` did nothing to this page, in one sentence. */
function why({ rule, use, reason }: SkippedRule): string {
  if (use === 'content') return i18n.t('rules.contentMatchesNothing', [ruleWords(rule)]);
  return i18n.t(reason === 'whole-article' ? 'rules.wholeArticle' : 'rules.matchesNothing', [ruleWords(rule)]);
}

/** The site's rules that did nothing to this page, each with why: a rule never fails silently. */
export function SkippedRules({ skipped }: { skipped: SkippedRule[] }) {
  if (skipped.length === 0) return null;
  return (
    <details class="skipped-rules">
      <summary>{i18n.t('rules.skipped')}</summary>
      <ul>
        {skipped.map((rule) => (
          <li key={`${rule.use} ${rule.rule.selector}`}>{why(rule)}</li>
        ))}
      </ul>
    </details>
  );
}
