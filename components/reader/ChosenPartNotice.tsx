import { i18n } from '#i18n';
import type { RuleTarget } from '@/utils/site-rules/site-rules';
import { ruleWords } from '../shared/rule-words';

/** After "Wrong part?": the reader opened on the part the person chose, and keeps doing so on the site. */
export function ChosenPartNotice({ rule }: { rule: RuleTarget | undefined }) {
  if (!rule) return null;
  return (
    <p class="chosen-part" role="status">
      {i18n.t('rules.contentChosen', [ruleWords(rule)])}
    </p>
  );
}
