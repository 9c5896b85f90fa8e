import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { useFocusOnShow } from '../shared/useFocusOnShow';

interface Props {
  onClose: () => void;
}

/** Every key of the reader, in one list: what `?` shows. */
function readerKeys(): [string, string][] {
  return [
    ['h', i18n.t('keys.h')],
    ['n', i18n.t('keys.n')],
    ['j / k', i18n.t('keys.jk')],
    ['Delete', i18n.t('keys.delete')],
    ['s', i18n.t('keys.save')],
    ['[ / ]', i18n.t('keys.size')],
    ['t', i18n.t('keys.theme')],
    ['l', i18n.t('keys.listen')],
    ['?', i18n.t('keys.help')],
    ['Tab', i18n.t('keys.tab')],
    ['Esc', i18n.t('keys.esc')],
  ];
}

/** The list of keys, as a dialog; Esc or its button closes it. */
export function KeyboardHelp({ onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useFocusOnShow(dialog);
  return (
    <div ref={dialog} class="keyboard-help" role="dialog" aria-modal="true" aria-labelledby="keys-title">
      <h2 id="keys-title">{i18n.t('keys.title')}</h2>
      <dl>
        {readerKeys().map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="primary" onClick={onClose}>
        {i18n.t('keys.close')}
      </button>
    </div>
  );
}
