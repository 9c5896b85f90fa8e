import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isPlainSelector } from '@/utils/site-rules/plain-selector';
import type { RuleTarget } from '@/utils/site-rules/site-rules';
import { ruleWords } from '../shared/rule-words';

interface Props {
  rule: RuleTarget;
  /** Keeps the rule with another selector; resolves to why not, or null once kept. */
  onEdit: (selector: string) => Promise<string | null>;
  onDelete: () => void;
}

/** One rule: in words, its selector to edit, and Delete. A selector that is not plain is refused, and said why. */
export function RuleRow({ rule, onEdit, onDelete }: Props) {
  const [selector, setSelector] = useState(rule.selector);
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    const edited = selector.trim();
    setProblem(isPlainSelector(edited) ? await onEdit(edited) : i18n.t('rules.badSelector'));
  }

  return (
    <div class="rule">
      <span>{ruleWords(rule)}</span>
      <form onSubmit={(event) => void save(event)}>
        <input
          aria-label={i18n.t('rules.selector')}
          value={selector}
          spellcheck={false}
          onInput={(event) => setSelector(event.currentTarget.value)}
        />
        <button type="submit" disabled={selector.trim() === rule.selector}>
          {i18n.t('rules.save')}
        </button>
        <button type="button" onClick={onDelete}>
          {i18n.t('rules.delete')}
        </button>
      </form>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
