import { i18n } from '#i18n';
import { ruleWords } from '../shared/rule-words';
import type { Removal } from './useBlockRemoval';

interface Props {
  /** Choosing a block to remove: says how, and offers to stop. */
  choosing: boolean;
  /** The removal just made, offered for undoing. */
  removal: Removal | null;
  onStop: () => void;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Under the toolbar while "Remove…" is at work: how to choose a block, then what was removed, with Undo. */
export function RemovalBar({ choosing, removal, onStop, onUndo, onDismiss }: Props) {
  if (choosing) {
    return (
      <p class="removal-bar" role="status">
        <span>{i18n.t('rules.removeHint')}</span>{' '}
        <button type="button" class="link-button" onClick={onStop}>
          {i18n.t('rules.stopRemoving')}
        </button>
      </p>
    );
  }
  if (!removal) return null;
  return (
    <p class="removal-bar" role="status">
      <span>{i18n.t('rules.removed', [ruleWords(removal.rule), removal.site])}</span>{' '}
      <button type="button" class="link-button" onClick={onUndo}>
        {i18n.t('rules.undo')}
      </button>{' '}
      <button type="button" class="link-button" onClick={onDismiss}>
        {i18n.t('highlight.dismiss')}
      </button>
    </p>
  );
}
