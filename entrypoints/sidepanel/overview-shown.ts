import { useEffect, useState } from 'preact/hooks';

let shown = false;
const waiting = new Set<() => void>();

/** Said by the overview once its figures and first chart are rendered. */
export function overviewShown(): void {
  if (shown) return;
  shown = true;
  for (const wake of waiting) wake();
  waiting.clear();
}

/**
 * True once the overview's first chart has been painted, so sections further down the panel
 * (coaching) start their reads after it, not alongside it. After `fallbackMs` it is true anyway:
 * an overview that failed to load must not hold the rest of the panel back.
 */
export function useOverviewShown(fallbackMs = 2000): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after the chart is made is the one that shows it: start in a task after it.
    const afterPaint = () => {
      frame = requestAnimationFrame(() => (timer = setTimeout(() => setReady(true), 0)));
    };
    const fallback = setTimeout(() => setReady(true), fallbackMs);
    if (shown) afterPaint();
    else waiting.add(afterPaint);
    return () => {
      waiting.delete(afterPaint);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [fallbackMs]);
  return ready;
}
