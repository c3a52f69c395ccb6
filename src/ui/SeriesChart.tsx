import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartLabel, fitChart } from './fit-chart';
import { drawInterventions } from './WeeklyChart';

export interface Series {
  label: string;
  values: readonly (number | null)[];
  stroke: string;
  dash?: number[];
  width?: number;
}

export interface SeriesChartProps {
  title: string;
  /** London calendar days ('YYYY-MM-DD'), one per value. */
  days: readonly string[];
  series: readonly Series[];
  yLabel: string;
  interventions: readonly { day: string }[];
  width?: number;
}

const toSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
/** Tells lines apart by dash as well as colour, so the chart reads without colour vision. */
export const LINE_STYLES = [
  { stroke: '#005eb8' },
  { stroke: '#ae2573', dash: [8, 3] },
  { stroke: '#007f3b', dash: [2, 3] },
  { stroke: '#7c2855', dash: [12, 4, 2, 4] },
  { stroke: '#425563', dash: [4, 4] },
];

/**
 * Several lines over days (counts or medians, zero-based), with intervention dates marked. Like
 * WeeklyChart, one named image to assistive technology: a table carries the figures.
 */
export function SeriesChart({ title, days, series, yLabel, interventions, width = 340 }: SeriesChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || days.length === 0) return;
    const marks = interventions.map((i) => toSeconds(i.day));
    const chart = new uPlot(
      {
        title,
        width,
        height: 220,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(5, Math.ceil(max * 1.15))] } },
        legend: { live: false },
        axes: [{}, { label: yLabel, size: 50 }],
        series: [{ label: 'Day' }, ...series.map((s) => ({ label: s.label, stroke: s.stroke, dash: s.dash, width: s.width ?? 1.5, points: { show: false } }))],
        hooks: { draw: [(u) => drawInterventions(u, marks)] },
      },
      [days.map(toSeconds), ...series.map((s) => [...s.values])] as uPlot.AlignedData,
      host.current,
    );
    const stopFitting = fitChart(chart, host.current, width, 220);
    return () => {
      stopFitting();
      chart.destroy();
    };
  }, [title, days, series, yLabel, interventions, width]);
  return <div ref={host} class="chart" role="img" aria-label={chartLabel(title)} data-testid="series-chart" />;
}
