import { i18n } from '#i18n';

interface Props {
  message: string;
  /** Offered only where forcing can help (a page judged not to be an article). */
  onShowAnyway?: () => void;
}

/** One sentence saying why there is no article, and the way forward when there is one. */
export function NotArticleNotice({ message, onShowAnyway }: Props) {
  return (
    <section class="notice" role="status">
      <p>{message}</p>
      {onShowAnyway && (
        <button type="button" class="primary" onClick={onShowAnyway}>
          {i18n.t('reader.showAnyway')}
        </button>
      )}
    </section>
  );
}
