import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Measure } from '../measure/registry';
import { chartLabel, fitChart } from './fit-chart';
import { drawInterventions } from './WeeklyChart';

/** Making Data Count colours, always with a shape as well: grey dot, blue circle, orange diamond. */
export const SPC_COLOURS = { common: '#768692', improvement: '#005eb8', concern: '#ed8b00', limit: '#425563', target: '#007f3b' };

/** What the chart draws: a MeasureChart, or the weeks of an evidence pack. */
export interface SpcChartData {
  measure: Pick<Measure, 'name' | 'unit' | 'target'>;
  points: readonly {
    period: string;
    shown: number | null;
    label?: 'improvement' | 'concern';
    limits?: { mean: number | null; upper: number | null; lower: number | null };
  }[];
}

const toSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
/** Shares and gaps are drawn in percent; a rate keeps two decimals, the rest one. */
const SCALE: Record<Measure['unit'], { by: number; decimals: number; axis: string }> = {
  share: { by: 100, decimals: 1, axis: '%' },
  points: { by: 100, decimals: 1, axis: 'points' },
  score: { by: 1, decimals: 1, axis: 'score' },
  rate: { by: 1, decimals: 2, axis: 'per day' },
  days: { by: 1, decimals: 1, axis: 'days' },
};
export const scaled = (chart: SpcChartData, v: number | null | undefined) => {
  if (v === null || v === undefined || Number.isNaN(v)) return null;
  const { by, decimals } = SCALE[chart.measure.unit];
  return Math.round(v * by * 10 ** decimals) / 10 ** decimals;
};

/**
 * An XmR chart: the values, the mean and process limits (stepping where they were recalculated),
 * the target, intervention dates, and each point marked by its signal. One named image to assistive
 * technology; the table beside it carries every figure and signal in words.
 */
export function SpcChart({ chart, interventions, width = 340 }: { chart: SpcChartData; interventions: readonly { day: string }[]; width?: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const xs = chart.points.map((p) => toSeconds(p.period));
    const line = (f: (p: SpcChartData['points'][number]) => number | null | undefined) => chart.points.map((p) => scaled(chart, f(p)));
    const marks = interventions.map((i) => toSeconds(i.day));
    const unit = chart.measure.unit;
    const scale = SCALE[unit];
    const plot = new uPlot(
      {
        title: chart.measure.name,
        width,
        height: 240,
        scales: {
          x: { time: true },
          y: {
            range: (_u, min, max) => {
              const pad = scale.by === 100 ? 5 : Math.max(0.5, (max - min) * 0.15);
              // A gap can fall below zero; no share, score, rate or lag can.
              const lo = unit === 'points' ? min - pad : Math.max(0, min - pad);
              return [Math.floor(lo * 10) / 10, unit === 'share' ? Math.min(100, Math.ceil(max + pad)) : Math.ceil((max + pad) * 10) / 10];
            },
          },
        },
        legend: { live: false },
        axes: [{}, { label: scale.axis, size: 45 }],
        series: [
          { label: 'Period' },
          { label: chart.measure.name, stroke: SPC_COLOURS.common, width: 1.5, points: { show: false } },
          { label: 'Mean', stroke: SPC_COLOURS.limit, width: 1, points: { show: false } },
          { label: 'Upper limit', stroke: SPC_COLOURS.limit, dash: [4, 4], width: 1, points: { show: false } },
          { label: 'Lower limit', stroke: SPC_COLOURS.limit, dash: [4, 4], width: 1, points: { show: false } },
          { label: 'Target', stroke: SPC_COLOURS.target, dash: [2, 3], width: 1.5, points: { show: false } },
        ],
        hooks: {
          draw: [
            (u) => drawInterventions(u, marks),
            (u) => {
              const ctx = u.ctx;
              chart.points.forEach((p, i) => {
                const v = scaled(chart, p.shown);
                if (v === null) return;
                const x = u.valToPos(xs[i]!, 'x', true);
                const y = u.valToPos(v, 'y', true);
                ctx.beginPath();
                if (p.label === 'concern') {
                  ctx.fillStyle = SPC_COLOURS.concern;
                  ctx.moveTo(x, y - 6);
                  ctx.lineTo(x + 6, y);
                  ctx.lineTo(x, y + 6);
                  ctx.lineTo(x - 6, y);
                  ctx.closePath();
                } else {
                  ctx.fillStyle = p.label === 'improvement' ? SPC_COLOURS.improvement : SPC_COLOURS.common;
                  ctx.arc(x, y, p.label ? 5 : 3, 0, 2 * Math.PI);
                }
                ctx.fill();
              });
            },
          ],
        },
      },
      [
        xs,
        line((p) => p.shown),
        line((p) => p.limits?.mean),
        line((p) => p.limits?.upper),
        line((p) => p.limits?.lower),
        chart.points.map(() => scaled(chart, chart.measure.target)),
      ] as uPlot.AlignedData,
      host.current,
    );
    const stopFitting = fitChart(plot, host.current, width, 240);
    return () => {
      stopFitting();
      plot.destroy();
    };
  }, [chart, interventions, width]);
  return <div ref={host} class="chart" role="img" aria-label={chartLabel(chart.measure.name)} data-testid="spc-chart" />;
}
