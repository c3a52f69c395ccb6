import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WeeklyPoint } from '../measure/weekly-rate';
import { chartLabel, fitChart } from './fit-chart';

export interface WeeklyChartProps {
  title: string;
  points: readonly WeeklyPoint[];
  baselineMean?: number;
  interventions: readonly { day: string; label: string }[];
  /** What the line counts, e.g. "Vague notes %". */
  seriesLabel?: string;
  /** What the dashed level line is, in the legend: the baseline mean unless said otherwise. */
  levelLabel?: string;
  width?: number;
}

const toSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/**
 * Weekly rate with the baseline mean across it and each intervention marked. Assistive technology
 * meets it as one named image; the table beside it carries the same figures.
 */
export function WeeklyChart({ title, points, baselineMean, interventions, seriesLabel = 'Vague notes %', levelLabel = 'Baseline mean %', width = 340 }: WeeklyChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || points.length === 0) return;
    const xs = points.map((p) => toSeconds(p.week));
    const rates = points.map((p) => Math.round(p.rate * 1000) / 10);
    const mean = points.map(() => (baselineMean === undefined ? null : Math.round(baselineMean * 1000) / 10));
    const marks = interventions.map((i) => toSeconds(i.day));
    const chart = new uPlot(
      {
        title,
        width,
        height: 220,
        // Zero-based so a fall is not exaggerated; headroom above the highest week.
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.min(100, Math.max(50, Math.ceil(max / 10) * 10 + 10))] } },
        legend: { live: false },
        axes: [{}, { label: '% of notes', size: 50 }],
        series: [
          { label: 'Week' },
          { label: seriesLabel, stroke: '#005eb8', width: 2, points: { show: true, size: 4 } },
          { label: levelLabel, stroke: '#425563', dash: [6, 4], width: 1.5, points: { show: false } },
        ],
        hooks: { draw: [(u) => drawInterventions(u, marks)] },
      },
      [xs, rates, mean],
      host.current,
    );
    const stopFitting = fitChart(chart, host.current, width, 220);
    return () => {
      stopFitting();
      chart.destroy();
    };
  }, [points, baselineMean, interventions, title, seriesLabel, levelLabel, width]);
  return <div ref={host} class="chart" role="img" aria-label={chartLabel(title)} data-testid="weekly-chart" />;
}

/** Vertical dashed lines at each intervention date, drawn on uPlot's canvas after each redraw. */
export function drawInterventions(u: uPlot, marks: readonly number[]) {
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = '#ae2573';
  ctx.setLineDash([3, 3]);
  ctx.lineWidth = 2;
  for (const x of marks) {
    const px = u.valToPos(x, 'x', true);
    if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) continue;
    ctx.beginPath();
    ctx.moveTo(px, u.bbox.top);
    ctx.lineTo(px, u.bbox.top + u.bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}
