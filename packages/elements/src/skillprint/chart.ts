/**
 * The profile chart: a radar of the skill levels, drawn by chart.js. Loaded on demand, so the
 * card paints its content first; only the parts a radar needs are registered. The chart is
 * decoration for sighted readers: the same facts are in the card's text and table.
 *
 * It grows from the centre once, unless the reader asked for less motion. Whatever is printed
 * shows the levels themselves, never a frame of that animation: before printing (the browser's
 * print, print media, or the card's print button through `finish()`) the animation jumps to its end.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface RadarChart {
  /** Draw the final chart now: an animation under way jumps to its end. */
  finish(): void;
  destroy(): void;
}

/** The colour with 20 % opacity, for the area (a colour token may come as rgb() or a name, not only as #rrggbb). */
function translucent(canvas: HTMLCanvasElement, color: string): string {
  const context = canvas.getContext('2d');
  if (!context) return color;
  context.fillStyle = color; // read back as #rrggbb when opaque
  const normal = String(context.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(normal) ? `${normal}33` : normal;
}

/**
 * The radar of these skills' levels, in the card's colour and font (read from the canvas, inside
 * the card). `animate` is false for a card that is only there to be printed.
 */
export function drawRadar(
  canvas: HTMLCanvasElement,
  skills: { label: string; score: { level: number } }[],
  animate: boolean,
): RadarChart {
  const style = getComputedStyle(canvas);
  const color = style.getPropertyValue('--_color-primary').trim() || '#0b5cad';
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const print = matchMedia('print');
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: skills.map(({ label }) => (label.length > 18 ? `${label.slice(0, 16)}…` : label)),
      datasets: [
        {
          data: skills.map((s) => s.score.level),
          borderColor: color,
          backgroundColor: translucent(canvas, color),
          pointBackgroundColor: color,
          borderWidth: 2,
          fill: true,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: true,
      animation: animate && !reducedMotion.matches && !print.matches ? undefined : false,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        r: {
          min: 0,
          max: 5,
          ticks: { stepSize: 1, display: false },
          pointLabels: { font: { family: style.getPropertyValue('--_font-family').trim() || 'system-ui', size: 11 } },
        },
      },
    },
  });
  const finish = () => {
    chart.stop(); // cancels what runs; the next line puts every point at its level and draws at once
    chart.update('none');
  };
  const stopMoving = () => {
    if (!reducedMotion.matches && !print.matches) return;
    chart.options.animation = false;
    finish();
  };
  addEventListener('beforeprint', finish);
  print.addEventListener('change', stopMoving);
  reducedMotion.addEventListener('change', stopMoving);
  return {
    finish,
    destroy() {
      removeEventListener('beforeprint', finish);
      print.removeEventListener('change', stopMoving);
      reducedMotion.removeEventListener('change', stopMoving);
      chart.destroy();
    },
  };
}
