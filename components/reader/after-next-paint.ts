/**
 * Runs `work` once the browser has painted the next frame (a task queued from the frame's
 * animation callback runs after that frame's paint); returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
