/** Called with the name of each step of a pipeline and the milliseconds it took. */
export type StageReporter = (stage: string, ms: number) => void;

/**
 * A lap timer: each call reports the time since the previous one (or since creation) under the
 * name given. Without `report` it does nothing and reads no clock.
 */
export function stopwatch(report: StageReporter | undefined): (stage: string) => void {
  if (!report) return () => {};
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    report(stage, now - last);
    last = now;
  };
}
