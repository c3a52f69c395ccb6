import type uPlot from 'uplot';

/**
 * Keeps a uPlot chart no wider than the box it sits in (and never wider than `width`), so a
 * narrow side panel or text enlarged to 200% never makes the page scroll sideways (WCAG 1.4.10).
 * uPlot draws at a fixed pixel size; this re-sizes it whenever its box changes. Returns the stop.
 */
export function fitChart(chart: uPlot, host: HTMLElement, width: number, height: number): () => void {
  const fit = () => {
    const w = Math.max(160, Math.min(width, Math.floor(host.clientWidth)));
    if (host.clientWidth > 0 && w !== chart.width) chart.setSize({ width: w, height });
  };
  fit();
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(fit);
  observer.observe(host);
  return () => observer.disconnect();
}

/** The chart's name for assistive technology: what it shows, and where its figures are in words. */
export const chartLabel = (title: string) => `Chart: ${title}. The figures are in the table that follows.`;
