import { useEffect, useState } from 'preact/hooks';

/**
 * False while a component mounts, true once the frame after its first render has been painted.
 * Work that is not the first chart (drift warnings for every measure in every segment, the spread
 * table) waits for it, so opening the panel on a year of notes shows the chart first instead of
 * after half a second or more of that work. Preact runs effects after the browser has painted,
 * and the chart's canvas is made in its own effect: the frame after that shows the chart, so the
 * work starts in a task after the next animation frame (or after 100 ms, in case a hidden page
 * gets no frames at all).
 */
export function useAfterFirstChart(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const afterPaint = () => {
      if (timer !== undefined) clearTimeout(timer);
      cancelAnimationFrame(frame);
      timer = setTimeout(() => setReady(true), 0);
    };
    const frame = requestAnimationFrame(afterPaint);
    timer = setTimeout(afterPaint, 100);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready;
}
