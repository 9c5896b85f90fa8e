import { i18n } from '#i18n';
import { AlwaysOpenSwitch, type AlwaysOpenControl } from '../shared/AlwaysOpenSwitch';
import { ReaderPanel } from './ReaderPanel';

interface Props {
  /** The host name of the article's site. */
  site: string;
  /** Absent where the reader cannot ask the browser for a site: the panel then only links the rules. */
  alwaysOpen?: AlwaysOpenControl;
  /** Opens the page listing every site's rules. */
  onOpenRules: () => void;
  onClose: () => void;
}

/** The reader's menu for the article's site: always open it here, and the rules kept for it. */
export function SitePanel({ site, alwaysOpen, onOpenRules, onClose }: Props) {
  return (
    <ReaderPanel id="site-panel" class="site-panel" label={i18n.t('alwaysOpen.panel')} onClose={onClose}>
      {alwaysOpen && <AlwaysOpenSwitch site={site} control={alwaysOpen} />}
      <button type="button" class="link-button" onClick={onOpenRules}>
        {i18n.t('rules.manage')}
      </button>
    </ReaderPanel>
  );
}
