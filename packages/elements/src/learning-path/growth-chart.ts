/**
 * A step's growth chart, a lazy part of <pfw-learning-path> (chart.js, only the parts it needs):
 * each measurement of the skill since the plan, its level as a point and the levels it could be
 * (the 80 % range) as a bar behind it. Decoration for sighted readers: the same facts are in the
 * step's text ("Gemeten: … niveau 2 (kan 1 tot 3 zijn) → …"), and growth is claimed only there,
 * by the rule that the ranges must part. No motion when the reader asked for less.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';
import type { LearningStep } from '@pfw/contract';

Chart.register(BarController, BarElement, CategoryScale, LineController, LineElement, LinearScale, PointElement);

export interface GrowthChart {
  destroy(): void;
}

/** Draw the measurements on the canvas, in the widget's colours (read from the canvas, inside the widget). */
export function drawGrowth(
  canvas: HTMLCanvasElement,
  history: NonNullable<LearningStep['history']>,
  labels: { when: (at: Date) => string; level: string; range: string },
): GrowthChart {
  const style = getComputedStyle(canvas);
  const color = style.getPropertyValue('--_color-primary').trim() || '#0b5cad';
  const muted = style.getPropertyValue('--_color-border').trim() || '#c8ccd2';
  const family = style.getPropertyValue('--_font-family').trim() || 'system-ui';
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new Chart<'bar' | 'line', (number | [number, number])[], string>(canvas, {
    data: {
      labels: history.map((h) => labels.when(new Date(h.at))),
      datasets: [
        {
          type: 'line',
          label: labels.level,
          data: history.map((h) => h.level),
          borderColor: color,
          backgroundColor: color,
          pointRadius: 5,
          order: 1,
        },
        {
          type: 'bar',
          label: labels.range,
          data: history.map((h) => [h.low - 0.4, h.high + 0.4] as [number, number]),
          backgroundColor: muted,
          barPercentage: 0.5,
          order: 2,
        },
      ],
    },
    options: {
      animation: still ? false : undefined,
      maintainAspectRatio: false,
      events: [],
      scales: {
        x: { ticks: { font: { family } } },
        y: {
          min: 0.5,
          max: 5.5,
          // The levels 1-5 as ticks (the axis runs half a level beyond them, so a range bar fits).
          afterBuildTicks: (axis) => {
            axis.ticks = [1, 2, 3, 4, 5].map((value) => ({ value }));
          },
          ticks: { font: { family } },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  });
}
