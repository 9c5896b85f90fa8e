import { i18n } from '#i18n';
import type { KeptImagesState } from './useKeptImages';

interface Props {
  state: KeptImagesState;
  onKeep: () => void;
  onNotNow: () => void;
}

/**
 * "Keep images with saved articles?", asked once after the first save. It leaves focus where it
 * is: a first highlight saves too, and its note editor has the focus then.
 */
function Question({ onKeep, onNotNow }: Omit<Props, 'state'>) {
  return (
    <div class="images-note" role="group" aria-labelledby="images-question">
      <p>
        <strong id="images-question">{i18n.t('images.question')}</strong> {i18n.t('images.questionDetail')}
      </p>
      <button type="button" class="text-button" onClick={onKeep}>
        {i18n.t('images.keep')}
      </button>{' '}
      <button type="button" class="text-button" onClick={onNotNow}>
        {i18n.t('images.notNow')}
      </button>
    </div>
  );
}

/** Above the article: the question about images, then how keeping them goes ("Keeping images: 12 of 20"). */
export function KeptImagesNote({ state, onKeep, onNotNow }: Props) {
  if (state.kind === 'asking') return <Question onKeep={onKeep} onNotNow={onNotNow} />;
  if (state.kind === 'keeping')
    return (
      <p class="images-note" role="status" data-images="keeping">
        {i18n.t('images.progress', [String(state.done), state.total === null ? '…' : String(state.total)])}
      </p>
    );
  if (state.kind === 'done')
    return (
      <p class="images-note" role={state.failed ? 'alert' : 'status'} data-images={state.failed ? 'failed' : 'kept'}>
        {state.message}
      </p>
    );
  return null;
}
