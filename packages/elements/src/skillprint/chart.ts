/**
 * The profile chart: a radar of the skill levels, drawn by chart.js. Loaded on demand, so the
 * card paints its content first; only the parts a radar needs are registered. The chart is
 * decoration for sighted readers: the same facts are in the card's text and table.
 *
 * It grows from the centre once, unless the reader asked for less motion. Whatever is printed
 * shows the levels themselves, never a frame of that animation: before the browser prints the
 * page (beforeprint, print media) the animation jumps to its end, and the print window gets a
 * picture of a chart drawn apart, still (`radarPicture`).
 */
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartOptions,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface RadarChart {
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

/** Characters on a line of a skill's name beside the radar. */
const LINE = 12;

/**
 * A long skill name on lines of about `LINE` characters (chart.js draws an array as lines): beside
 * the radar it then needs less width, so the radar stays large. Never cut short. Beside a narrow
 * chart (`hyphenate`), a word longer than a line is broken too.
 */
export function wrapLabel(label: string, hyphenate = false): string | string[] {
  if (label.length <= LINE) return label;
  const words = label.split(' ').flatMap((word) => (hyphenate && word.length > LINE + 2 ? breakWord(word) : [word]));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && !last.endsWith('-') && `${last} ${word}`.length <= LINE)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A long word in two, with a hyphen between the two consonants of vowel-consonant-consonant-vowel
 * nearest its middle, where Dutch and English mostly allow a break ("Verantwoor-delijkheid"); the
 * Dutch "ij" counts as a vowel and "ch" stays whole. No such place: the word stays whole.
 */
function breakWord(word: string): string[] {
  const vowel = (i: number) => /[aeiouy]/i.test(word[i]!) || (word[i] === 'j' && word[i - 1] === 'i');
  const middle = word.length / 2;
  let at = 0;
  for (let i = 4; i <= word.length - 4; i++) {
    const fits = vowel(i - 2) && !vowel(i - 1) && !vowel(i) && vowel(i + 1) && word.slice(i - 1, i + 1) !== 'ch';
    if (fits && Math.abs(i - middle) < Math.abs(at - middle)) at = i;
  }
  return at ? [`${word.slice(0, at)}-`, word.slice(at)] : [word];
}

type Skill = { label: string; score: { level: number } };

/** Where chart.js puts a name beside the radar: its box, and `y`, where it starts drawing the text (= top). */
export interface LabelBox {
  y: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels kept between two names above each other. */
const LABEL_GAP = 2;

/**
 * Moves names that overlap apart, up and down, within `area` (chart.js places each name by its
 * point alone, so beside a narrow chart, 16 names crowd: "Afspraken nakomen" over "Initiatief
 * nemen" at 320 px). Each overlapping pair moves apart by half the overlap each, again until none
 * overlaps; a name at the top or bottom of `area` stays, and the other moves the whole way. The
 * boxes are changed in place.
 */
export function separateLabels(boxes: LabelBox[], area: { top: number; bottom: number }): void {
  const move = (box: LabelBox, dy: number) => {
    const to = Math.min(Math.max(box.top + dy, area.top), area.bottom - (box.bottom - box.top));
    const moved = to - box.top;
    box.y += moved;
    box.top += moved;
    box.bottom += moved;
    return moved;
  };
  for (let round = 0; round < 100; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.left >= b.right || b.left >= a.right) continue;
        const [upper, lower] = a.top + a.bottom <= b.top + b.bottom ? [a, b] : [b, a];
        const overlap = upper.bottom + LABEL_GAP - lower.top;
        if (overlap <= 0.01) continue;
        const up = -move(upper, -overlap / 2);
        move(lower, overlap - up);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** The radar of these skills' levels, in the card's colour and font (read from the canvas, inside the card). */
function radar(canvas: HTMLCanvasElement, skills: Skill[], options: ChartOptions<'radar'>): Chart<'radar'> {
  const style = getComputedStyle(canvas);
  const color = style.getPropertyValue('--_color-primary').trim() || '#0b5cad';
  const family = style.getPropertyValue('--_font-family').trim() || 'system-ui';
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: skills.map(({ label }) => label),
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
      ...options,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        r: {
          min: 0,
          max: 5,
          ticks: { stepSize: 1, display: false },
          pointLabels: {
            // Beside a narrow chart (a phone) the names crowd the radar: smaller type.
            font: () => ({ family, size: canvas.clientWidth < 300 ? 9 : canvas.clientWidth < 340 ? 10 : 11 }),
            // Names at the sides on more lines (they need width), above and below on one (they
            // need height); beside the narrowest chart (a small phone) more of them, and broken more.
            callback: (label, index) => {
              const narrow = canvas.clientWidth < 300;
              const side = Math.abs(Math.sin((2 * Math.PI * index) / skills.length));
              return side > (narrow ? 0.6 : 0.8) ? wrapLabel(label, narrow) : label;
            },
          },
          // chart.js makes room for the names once, by an estimate, shrinking the radar at most by
          // half: a long name beside a narrow chart could still stick out of the canvas and be cut
          // off. Fitting again until nothing moves keeps every name inside (a fit that finds every
          // name inside changes nothing).
          afterFit: (scale) => {
            for (let round = 0; round < 5; round++) scale.fit();
            // chart.js's own layout of the names (chart.js 4; the skillprint's browser test checks it).
            const items = (scale as unknown as { _pointLabelItems?: LabelBox[] })._pointLabelItems;
            if (items) separateLabels(items, scale);
          },
        },
      },
    },
  });
}

/** The chart on screen. `animate` is false for a card that is only there to be printed. */
export function drawRadar(canvas: HTMLCanvasElement, skills: Skill[], animate: boolean): RadarChart {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const print = matchMedia('print');
  const chart = radar(canvas, skills, {
    responsive: true,
    maintainAspectRatio: true,
    animation: animate && !reducedMotion.matches && !print.matches ? undefined : false,
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
    destroy() {
      removeEventListener('beforeprint', finish);
      print.removeEventListener('change', stopMoving);
      reducedMotion.removeEventListener('change', stopMoving);
      chart.destroy();
    },
  };
}

/**
 * The chart's size on paper in CSS pixels (about 120 × 80 mm): wider than high, so the names
 * beside the radar have room and the radar stays large. Drawn three times as sharp as a screen.
 */
const PAPER = { width: 480, height: 320, sharpness: 3 };

/**
 * The chart for the print window, as a picture: drawn apart at its printed size, sharp and still,
 * whatever size the card has on screen (a phone's narrow chart crowds its names). Drawn inside
 * `card` for its colours and font, and gone again before the next paint.
 */
export function radarPicture(card: ParentNode, skills: Skill[]): string {
  const canvas = document.createElement('canvas');
  canvas.width = PAPER.width;
  canvas.height = PAPER.height;
  card.append(canvas);
  const chart = radar(canvas, skills, { responsive: false, animation: false, devicePixelRatio: PAPER.sharpness });
  try {
    return canvas.toDataURL();
  } finally {
    chart.destroy();
    canvas.remove();
  }
}
