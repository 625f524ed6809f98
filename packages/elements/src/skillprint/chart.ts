/**
 * The profile chart: a radar of the skill levels, drawn by chart.js. Loaded on demand, so the
 * card paints its content first; only the parts a radar needs are registered. The chart is
 * decoration for sighted readers: the same facts are in the card's text and table.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface ChartInput {
  labels: string[];
  levels: number[];
  color: string;
  font: string;
  animate: boolean;
}

/** The colour with 20 % opacity, for the area (a colour token may come as rgb() or a name, not only as #rrggbb). */
function translucent(canvas: HTMLCanvasElement, color: string): string {
  const context = canvas.getContext('2d');
  if (!context) return color;
  context.fillStyle = color; // read back as #rrggbb when opaque
  const normal = String(context.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(normal) ? `${normal}33` : normal;
}

export function drawRadar(canvas: HTMLCanvasElement, input: ChartInput): { destroy(): void } {
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: input.labels,
      datasets: [{ data: input.levels, borderColor: input.color, backgroundColor: translucent(canvas, input.color), pointBackgroundColor: input.color, borderWidth: 2, fill: true }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: true,
      animation: input.animate ? undefined : false,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { r: { min: 0, max: 5, ticks: { stepSize: 1, display: false }, pointLabels: { font: { family: input.font, size: 11 } } } },
    },
  });
}
