import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { progressThrough } from './reading-position';

interface Props {
  /** The element read through: progress is how much of it has scrolled past. */
  target: RefObject<HTMLElement | null>;
  readingMinutes: number;
  dir: 'ltr' | 'rtl' | null;
}

/** A thin bar across the top showing how far through the article the reader is, and the minutes left. */
export function ReadingProgress({ target, readingMinutes, dir }: Props) {
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      if (target.current) setProgress(progressThrough(target.current));
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [target]);

  const percent = Math.round(progress * 100);
  const left = Math.ceil(readingMinutes * (1 - progress));
  return (
    <>
      <div
        class="progress"
        dir={dir ?? undefined}
        role="progressbar"
        aria-label={i18n.t('reader.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="progress-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <p class="minutes-left">{left > 0 ? i18n.t('reader.minutesLeft', [String(left)]) : i18n.t('reader.finished')}</p>
    </>
  );
}
