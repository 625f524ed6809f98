/**
 * The drawings of the work scenes (#18): one per workplace, in one flat style, with the same
 * people throughout — you ("jij") always in the work shirt of the primary colour, a colleague and
 * the customers, guests and clients each in a hue of their own. Heads are plain circles: no faces, so no
 * drawing shows a feeling the text does not say. A lazy chunk, loaded with the first scene.
 *
 * Each drawing is a list of paths, one colour class each (see `styles`): every colour is mixed
 * from the widget's tokens, so a host page's theme and dark mode reach the drawings too. No
 * images, links or scripts: the markup is made here, from numbers.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import type { SceneSetting } from '@pfw/contract';
import type { TextLang } from '@pfw/contract';
import { catalogues, sayFrom, type Say, type Text } from '../say.js';

/** One path: its colour class and its path data. */
type Part = readonly [cls: string, d: string];

/** Rectangles, four numbers each (x, y, width, height), as one path. */
function R(...v: number[]): string {
  let d = '';
  for (let i = 0; i < v.length; i += 4) d += `M${v[i]} ${v[i + 1]}h${v[i + 2]}v${v[i + 3]}h${-v[i + 2]!}z`;
  return d;
}

/** Circles, three numbers each (centre x, centre y, radius). */
function O(...v: number[]): string {
  let d = '';
  for (let i = 0; i < v.length; i += 3) {
    const [x, y, r] = [v[i]!, v[i + 1]!, v[i + 2]!];
    d += `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
  }
  return d;
}

/** A rectangle with round corners. */
function Q(x: number, y: number, w: number, h: number, r: number): string {
  const a = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
  return `M${x + r} ${y}h${w - 2 * r}${a(r, r)}v${h - 2 * r}${a(-r, r)}h${2 * r - w}${a(-r, -r)}v${2 * r - h}${a(r, -r)}z`;
}

/** A row of rectangles of one size: `n` of them from x, `step` apart. */
function row(x: number, y: number, w: number, h: number, n: number, step: number): string {
  let d = '';
  for (let i = 0; i < n; i++) d += R(x + i * step, y, w, h);
  return d;
}

/** Wall and floor of a room: the wall down to y 118. */
const room = (floor = 'f'): Part[] => [
  ['b', R(0, 0, 320, 118)],
  [floor, R(0, 118, 320, 42)],
];

/**
 * Someone standing, seen from the front, feet at `feet`: a round head without a face, a shirt
 * with both arms, trousers. `reach` holds one arm out to that side (1 right, -1 left).
 */
function stand(x: number, shirt: string, feet = 150, reach = 0): Part[] {
  const t = feet - 58;
  const left = reach < 0 ? Q(x - 35, t + 4, 24, 6, 3) : Q(x - 19, t + 3, 6, 25, 3);
  const right = reach > 0 ? Q(x + 11, t + 4, 24, 6, 3) : Q(x + 13, t + 3, 6, 25, 3);
  return [
    ['d', O(x, t - 10, 8) + R(x - 10, feet - 30, 9, 30, x + 1, feet - 30, 9, 30)],
    [shirt, Q(x - 12, t, 24, 31, 6) + left + right],
  ];
}

/** Someone sitting, seen from the side, facing `dir` (1 right, -1 left), hips at (x, seat). */
function sit(x: number, seat: number, dir: 1 | -1, shirt: string, feet = 150): Part[] {
  const front = dir > 0 ? x - 6 : x - 24;
  const shin = dir > 0 ? x + 17 : x - 26;
  return [
    ['d', O(x, seat - 41, 8) + R(front, seat - 9, 30, 9, shin, seat - 9, 9, feet - seat + 9)],
    [shirt, Q(x - 9, seat - 32, 18, 32, 6) + Q(dir > 0 ? x : x - 22, seat - 24, 22, 6, 3)],
  ];
}

/** A hard hat on the head of someone standing at x (feet at `feet`). */
const helmet = (x: number, feet = 150): string => {
  const y = feet - 69;
  return `M${x - 9} ${y}a9 9 0 0 1 18 0z` + R(x - 12, y - 1, 24, 3);
};

/** A plant in a pot standing on the floor at x. */
const plant = (x: number, feet = 150): Part[] => [
  ['v', O(x - 6, feet - 26, 8, x + 6, feet - 28, 8, x, feet - 36, 8)],
  ['x', `M${x - 10} ${feet - 20}h20l-3 20h-14z`],
];

/** A window with two panes. */
const windowAt = (x: number, y: number, w: number, h: number): Part[] => [
  ['l', R(x, y, w, h)],
  ['q', R(x + 5, y + 5, w / 2 - 7, h - 10, x + w / 2 + 2, y + 5, w / 2 - 7, h - 10)],
];

/** A wall clock: face, rim and two hands. */
const clock = (x: number, y: number): Part[] => [
  ['l', O(x, y, 11)],
  ['d', R(x - 1, y - 8, 2, 9, x, y - 1, 6, 2)],
];

/** Cardboard boxes (x, y, width, height each), with a strip of tape. */
function boxes(...v: number[]): Part[] {
  let tape = '';
  for (let i = 0; i < v.length; i += 4) tape += R(v[i]! + v[i + 2]! / 2 - 2, v[i + 1]!, 4, v[i + 3]!);
  return [
    ['w', R(...v)],
    ['x', tape],
  ];
}

const careHome = (): Part[] => [
  ...room(),
  ...windowAt(16, 20, 66, 56),
  ['w', R(228, 26, 46, 32)],
  ['v', R(232, 30, 38, 24)],
  // The bed: headboard, frame, mattress, pillow, blanket; the bedside table with a glass of water.
  ['x', Q(290, 66, 14, 84, 3) + Q(196, 92, 10, 58, 3)],
  ['m', R(200, 116, 92, 8)],
  ['l', R(204, 100, 86, 16) + Q(264, 90, 24, 12, 5)],
  ['q', Q(204, 96, 60, 22, 4)],
  ['w', R(166, 96, 26, 54)],
  ['x', R(171, 110, 16, 3)],
  ['m', R(173, 82, 10, 14)],
  ['q', R(175, 86, 6, 9)],
  // The resident in an armchair, and you.
  ['v', Q(62, 82, 14, 56, 4) + Q(64, 120, 56, 14, 4)],
  ['d', R(68, 134, 4, 16, 112, 134, 4, 16)],
  ...sit(84, 120, 1, 'u'),
  ...stand(146, 'p'),
];

const homeCare = (): Part[] => [
  ...room(),
  ['w', R(20, 16, 12, 66, 90, 16, 12, 66)],
  ...windowAt(30, 20, 62, 54),
  ...clock(150, 34),
  ['d', R(235, 0, 2, 40)],
  ['x', 'M222 54l8-14h14l8 14z'],
  ...plant(30),
  // The client at the table, a cup each; you with your bag.
  ['w', Q(290, 74, 10, 70, 3)],
  ...sit(282, 120, -1, 'u'),
  ['x', R(176, 104, 96, 6, 182, 110, 6, 40, 260, 110, 6, 40)],
  ['l', R(206, 96, 10, 8, 248, 96, 10, 8)],
  ...stand(136, 'p'),
  ['x', Q(146, 114, 24, 18, 3) + R(153, 110, 10, 3)],
];

const warehouse = (): Part[] => {
  const shelfBoxes = boxes(
    ...[16, 28, 28, 22, 48, 34, 22, 16, 86, 30, 26, 20, 118, 26, 22, 24],
    ...[16, 74, 24, 18, 44, 70, 30, 22, 86, 76, 22, 16, 112, 72, 28, 20],
    ...[16, 118, 30, 32, 50, 126, 24, 24, 90, 120, 26, 30],
  );
  let slats = '';
  for (let y = 26; y < 118; y += 12) slats += R(210, y, 96, 2);
  return [
    ...room('n'),
    // The roller door where the lorries load.
    ['m', R(206, 18, 104, 100)],
    ['n', slats],
    // The racks, full of boxes.
    ['m', R(8, 12, 5, 138, 76, 12, 5, 138, 144, 12, 5, 138)],
    ...shelfBoxes,
    ['r', R(8, 50, 141, 4, 8, 92, 141, 4)],
    // Your colleague with a scanner; you with the pallet truck.
    ...stand(176, 'c'),
    ['d', R(192, 110, 10, 6)],
    ...boxes(216, 100, 28, 32, 246, 108, 26, 24),
    ['x', R(212, 132, 64, 8)],
    ['d', R(210, 140, 70, 4) + O(216, 146, 4) + 'M274 142l16-46 4 2-16 46z' + R(286, 92, 14, 4)],
    ...stand(296, 'p', 150, -1),
  ];
};

const shop = (): Part[] => {
  // Products on three shelves, in four colours by turns.
  const goods: Record<string, string> = { r: '', v: '', q: '', w: '' };
  const colours = Object.keys(goods);
  for (let s = 0; s < 3; s++)
    for (let i = 0; i < 9; i++) goods[colours[(i + s) % 4]!] += R(15 + i * 13, 24 + s * 30 + (i % 3), 10, 16 - (i % 3));
  return [
    ...room(),
    ['m', R(10, 14, 3, 136, 127, 14, 3, 136) + R(10, 40, 120, 3, 10, 70, 120, 3, 10, 100, 120, 3)],
    ...Object.entries(goods),
    // A customer with a basket; you behind the counter with the till.
    ...stand(150, 'u'),
    ['m', Q(160, 112, 22, 14, 2) + R(164, 106, 2, 8, 176, 106, 2, 8)],
    ...stand(244, 'p'),
    ['l', R(198, 116, 118, 34)],
    ['d', R(194, 110, 126, 6)],
    ['d', Q(270, 80, 36, 24, 2) + R(284, 104, 8, 6)],
    ['q', R(274, 84, 28, 16)],
    ['v', O(212, 105, 5, 222, 106, 4)],
  ];
};

const kitchen = (): Part[] => {
  let grout = '';
  for (let x = 16; x < 320; x += 16) grout += R(x, 56, 1, 62);
  for (let y = 72; y < 118; y += 16) grout += R(0, y, 320, 1);
  return [
    ...room('n'),
    ['l', R(0, 56, 320, 62)],
    ['n', grout],
    // Plates on a shelf, the hood over the stove, the fridge.
    ['x', R(14, 44, 72, 4)],
    ['l', Q(18, 32, 28, 4, 2) + Q(18, 37, 28, 4, 2) + Q(54, 28, 26, 14, 6)],
    ['m', 'M164 10h100v22l18 16h-136l18-16z'],
    ['l', Q(286, 40, 30, 110, 3)],
    ['m', R(290, 70, 22, 2) + R(306, 48, 3, 16, 306, 78, 3, 20)],
    // The work top; the stove with a pot and a pan on it.
    ['m', R(8, 108, 86, 42)],
    ['d', R(6, 104, 90, 5)],
    ['w', R(20, 98, 30, 6)],
    ['v', O(64, 100, 5, 76, 100, 5)],
    ['m', R(150, 102, 128, 48)],
    ['n', R(160, 114, 108, 28)],
    ['d', R(146, 97, 136, 6) + R(176, 118, 76, 3) + O(166, 108, 2, 262, 108, 2)],
    [
      'd',
      R(166, 70, 40, 27) + R(160, 74, 6, 4, 206, 74, 6, 4) + R(164, 66, 44, 5) + R(222, 90, 40, 7) + R(262, 91, 20, 4),
    ],
    // You, in an apron and a cook's hat.
    ...stand(120, 'p'),
    ['l', Q(111, 98, 18, 28, 3) + R(116, 94, 8, 5) + 'M113 74v-9a5 5 0 0 1 3-9a6 6 0 0 1 8 0a5 5 0 0 1 3 9v9z'],
  ];
};

const restaurant = (): Part[] => [
  ...room(),
  ['w', R(0, 84, 320, 34)],
  // The bar with bottles, lamps over the tables.
  ['x', R(10, 24, 100, 4)],
  ['v', R(18, 8, 6, 16, 50, 10, 6, 14)],
  ['q', R(30, 12, 6, 12, 78, 8, 6, 16)],
  ['r', R(62, 10, 6, 14, 94, 12, 6, 12)],
  ['x', R(10, 72, 100, 46)],
  ['d', R(6, 68, 108, 5) + R(199, 0, 2, 34) + R(279, 0, 2, 34)],
  [
    'd',
    Q(24, 96, 22, 5, 2) +
      R(33, 101, 4, 46) +
      R(27, 146, 16, 3) +
      Q(70, 96, 22, 5, 2) +
      R(79, 101, 4, 46) +
      R(73, 146, 16, 3),
  ],
  ['y', 'M188 44a12 12 0 0 1 24 0zM268 44a12 12 0 0 1 24 0z'],
  // A guest at a table; you bring a plate.
  ['x', Q(292, 74, 10, 70, 3)],
  ...sit(284, 120, -1, 'u'),
  ['l', R(178, 104, 90, 6) + R(184, 110, 78, 12)],
  ['x', R(188, 122, 6, 28, 252, 122, 6, 28)],
  ['l', Q(236, 100, 24, 4, 2)],
  ['q', R(208, 92, 6, 12)],
  ...stand(136, 'p', 150, 1),
  ['l', Q(150, 91, 28, 5, 2)],
  ['v', 'M156 91a8 6 0 0 1 16 0z'],
];

const hotel = (): Part[] => [
  ...room(),
  // Pigeonholes with keys, a clock, a plant.
  ['x', R(28, 20, 88, 52)],
  ['w', row(34, 26, 12, 12, 6, 14) + row(34, 42, 12, 12, 6, 14) + row(34, 58, 12, 10, 6, 14)],
  ['d', R(39, 30, 2, 6, 67, 46, 2, 6, 95, 30, 2, 6, 53, 62, 2, 5)],
  ...clock(160, 36),
  ...plant(300),
  // You behind the desk with a bell; a guest with a suitcase.
  ...stand(96, 'p'),
  ['x', R(24, 120, 166, 30)],
  ['d', R(20, 114, 174, 6)],
  ['m', 'M140 114a8 8 0 0 1 16 0z' + R(138, 112, 20, 2)],
  ...stand(232, 'u'),
  ['d', R(262, 96, 3, 18, 262, 96, 10, 3, 269, 96, 3, 18)],
  ['v', Q(252, 112, 30, 34, 4)],
  ['d', O(258, 148, 3, 276, 148, 3)],
];

const construction = (): Part[] => {
  let bricks = '';
  for (let r = 0; r < 8; r++) {
    const y = 142 - r * 10;
    const from = r < 4 ? 150 : 190;
    for (let x = from + (r % 2) * 10; x < 300; x += 20) bricks += R(x, y, Math.min(18, 300 - x), 8);
  }
  return [
    ['q', R(0, 0, 320, 120)],
    ['w', R(0, 120, 320, 40)],
    ['l', 'M38 42a9 9 0 0 1 4-17a13 13 0 0 1 24-2a9 9 0 0 1 6 19z'],
    // A brick wall going up, with scaffolding in front.
    ['n', 'M150 150v-40h40v-40h110v80z'],
    ['r', bricks],
    ['m', R(160, 48, 4, 102, 226, 48, 4, 102, 292, 48, 4, 102, 160, 62, 136, 3)],
    ['x', R(156, 90, 144, 6)],
    // Your colleague on the scaffolding; you with a wheelbarrow.
    ...stand(256, 'c', 90),
    ['m', 'M20 112h54l-12 20h-32z'],
    ['d', O(64, 140, 8) + R(6, 108, 18, 3) + 'M30 132l-4 16h4l4-16z'],
    ...stand(110, 'p'),
    ['y', helmet(256, 90) + helmet(110)],
  ];
};

const customerHome = (): Part[] => [
  ...room(),
  // A router on a shelf, a lamp, the washing machine.
  ['x', R(50, 46, 56, 4)],
  ['d', Q(60, 34, 36, 12, 2) + R(64, 20, 2, 14, 90, 20, 2, 14) + R(149, 0, 2, 20)],
  ['v', R(66, 39, 3, 2, 72, 39, 3, 2, 78, 39, 3, 2)],
  ['l', 'M138 30l6-10h14l6 10z' + Q(176, 74, 60, 76, 4)],
  ['n', R(180, 78, 52, 10)],
  ['m', O(206, 118, 19)],
  ['q', O(206, 118, 13)],
  ['d', O(224, 83, 3)],
  ...plant(300),
  // Your toolbox, you, and the customer.
  ['r', Q(86, 128, 34, 22, 2)],
  ['d', R(86, 136, 34, 2) + R(96, 122, 14, 3, 96, 122, 3, 6, 107, 122, 3, 6)],
  ...stand(144, 'p'),
  ...stand(266, 'u'),
];

const workshop = (): Part[] => {
  let holes = '';
  for (let y = 28; y < 86; y += 12) for (let x = 48; x < 186; x += 12) holes += R(x, y, 2, 2);
  return [
    ...room('n'),
    // The pegboard with tools: hammer, saw, spanner, screwdriver.
    ['w', R(40, 18, 150, 70)],
    ['x', holes],
    ['d', R(58, 30, 4, 34) + R(50, 26, 20, 8) + R(130, 30, 4, 30) + R(162, 28, 4, 36)],
    ['m', 'M86 30h30v22l-30 8z' + O(162, 30, 6) + R(131, 56, 2, 16)],
    ['x', Q(78, 28, 10, 22, 3)],
    // The workbench with a vice and boxes below; the drawer cabinet.
    ['x', R(30, 100, 180, 8, 36, 108, 8, 42, 196, 108, 8, 42, 36, 132, 168, 4)],
    ['m', R(40, 90, 24, 10)],
    ...boxes(60, 112, 30, 20, 100, 116, 26, 16, 150, 112, 28, 20),
    ['m', R(252, 70, 58, 80)],
    ['n', R(256, 74, 50, 16, 256, 94, 50, 16, 256, 114, 50, 16, 256, 134, 50, 12)],
    ['d', R(276, 80, 10, 3, 276, 100, 10, 3, 276, 120, 10, 3)],
    ...stand(228, 'p'),
  ];
};

const delivery = (): Part[] => [
  ['q', R(0, 0, 320, 112)],
  // Houses along the street.
  ['w', R(10, 50, 70, 62)],
  ['r', R(80, 40, 64, 72)],
  ['n', R(144, 56, 76, 56)],
  ['x', 'M4 52l41-30 41 30zM74 42l38-28 38 28zM138 58l44-32 44 32z'],
  ['l', R(22, 64, 16, 18, 52, 64, 16, 18, 94, 54, 14, 18, 118, 54, 14, 18, 160, 68, 16, 18, 190, 68, 16, 18)],
  ['n', R(0, 112, 320, 14)],
  ['m', R(0, 126, 320, 34)],
  ['l', R(10, 141, 28, 3, 70, 141, 28, 3, 130, 141, 28, 3, 190, 141, 28, 3)],
  // The delivery van, you with a parcel, the road closed further on.
  ['l', Q(20, 84, 96, 44, 4) + 'M116 96h20l16 18v14h-36z'],
  ['q', 'M122 100h12l11 13h-23z'],
  ['p', R(20, 114, 132, 5)],
  ['d', O(44, 130, 9, 130, 130, 9)],
  ['m', O(44, 130, 4, 130, 130, 4)],
  ...stand(190, 'p', 150),
  ...boxes(178, 104, 24, 20),
  ['d', R(252, 96, 4, 46, 300, 96, 4, 46, 277, 64, 3, 36)],
  ['l', R(246, 100, 64, 14) + R(270, 62, 16, 4)],
  ['r', 'M250 100h10l-8 14h-10zM270 100h10l-8 14h-10zM290 100h10l-8 14h-10z' + O(278, 64, 12)],
  ['l', R(271, 62, 14, 4)],
];

/** Every setting's drawing and its text alternative (Dutch at B1, and English; other languages in i18n/<lang>.ts). */
export const SCENES: Record<SceneSetting, Text & { draw: () => Part[] }> = {
  'care-home': {
    nl: 'Een kamer in een verzorgingshuis, met een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.',
    en: 'A room in a care home, with a bed and a window. A resident sits in a chair. You stand next to them.',
    draw: careHome,
  },
  'home-care': {
    nl: 'Een woonkamer bij een cliënt thuis, met een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.',
    en: "A living room at a client's home, with a table and a clock. The client sits at the table. You stand nearby with your bag.",
    draw: homeCare,
  },
  warehouse: {
    nl: 'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega zijn aan het werk.',
    en: 'A warehouse with racks full of boxes and a pallet truck. You and a colleague are at work.',
    draw: warehouse,
  },
  shop: {
    nl: 'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.',
    en: 'A shop with shelves and a till. You stand behind the till. A customer stands in front of it.',
    draw: shop,
  },
  kitchen: {
    nl: 'De keuken van een restaurant, met een fornuis, pannen en borden. Jij staat bij het fornuis.',
    en: 'A restaurant kitchen, with a stove, pans and plates. You stand at the stove.',
    draw: kitchen,
  },
  restaurant: {
    nl: 'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.',
    en: 'A restaurant with a bar and tables. A guest sits at a table. You bring a plate.',
    draw: restaurant,
  },
  hotel: {
    nl: 'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.',
    en: 'The reception of a hotel. You stand behind the desk. A guest with a suitcase stands in front of it.',
    draw: hotel,
  },
  construction: {
    nl: 'Een bouwplaats met een steiger en een muur van stenen. Jij en een collega dragen een helm.',
    en: 'A building site with scaffolding and a brick wall. You and a colleague wear a hard hat.',
    draw: construction,
  },
  'customer-home': {
    nl: 'Bij een klant thuis, met een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.',
    en: "At a customer's home, with a washing machine, a router and a lamp. You have your tools with you. The customer watches.",
    draw: customerHome,
  },
  workshop: {
    nl: 'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.',
    en: 'A workshop with a workbench and tools on the wall. You stand at the workbench.',
    draw: workshop,
  },
  delivery: {
    nl: 'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.',
    en: 'A street with houses and a delivery van. You hold a parcel. Further on, the road is closed.',
    draw: delivery,
  },
};

/** The drawings' text alternatives in each other language, a small chunk each (Dutch and English are above). */
const sceneTexts = catalogues({
  ar: () => import('./i18n/ar.js'),
  tr: () => import('./i18n/tr.js'),
  pl: () => import('./i18n/pl.js'),
  uk: () => import('./i18n/uk.js'),
  a2: () => import('./i18n/a2.js'),
});

/** The drawings' labels in `lang` (English, or B1 Dutch for A2, until its catalogue has come; then `loaded`). */
export const sayScene = (lang: TextLang, loaded: () => void): Say => sayFrom(sceneTexts, () => lang, loaded);

/** The drawing of a workplace, labelled in the reader's language; undefined for a setting this version does not know. */
export function drawing(setting: string, say: Say): TemplateResult | undefined {
  if (!Object.hasOwn(SCENES, setting)) return undefined;
  const scene = SCENES[setting as SceneSetting];
  return html`<svg class="art" viewBox="0 0 320 160" role="img" aria-label=${say(scene)}>
    ${scene.draw().map(([cls, d]) => svg`<path class=${cls} d=${d}></path>`)}
  </svg>`;
}

/**
 * The colours of the drawings, each mixed from a token: walls and floors from the surface,
 * lines from the text colour, you in the primary colour, the others from the feedback colours.
 */
export const styles = css`
  .art .b {
    fill: color-mix(in srgb, var(--_color-primary) 8%, var(--_color-surface));
  }
  .art .f {
    fill: color-mix(in srgb, var(--_color-warning) 14%, var(--_color-surface));
  }
  .art .n {
    fill: color-mix(in srgb, var(--_color-text) 12%, var(--_color-surface));
  }
  .art .m {
    fill: color-mix(in srgb, var(--_color-text) 35%, var(--_color-surface));
  }
  .art .d {
    fill: color-mix(in srgb, var(--_color-text) 80%, var(--_color-surface));
  }
  .art .l {
    fill: var(--_color-surface);
    stroke: color-mix(in srgb, var(--_color-text) 30%, var(--_color-surface));
    stroke-width: 1.5;
  }
  /* Sky, glass and water: blue whatever the brand, as light or dark as the surface. */
  .art .q {
    fill: color-mix(in srgb, #4f94d4 35%, var(--_color-surface));
  }
  .art .p {
    fill: var(--_color-primary);
  }
  /* The others' shirts: the primary colour's hue turned a third of the circle either way, so
     they never look like you, whatever your primary colour (fixed colours where a browser cannot). */
  .art .c {
    fill: var(--_color-success);
    fill: oklch(from var(--_color-primary) l c calc(h - 120));
  }
  .art .u {
    fill: color-mix(in srgb, var(--_color-danger) 70%, var(--_color-surface));
    fill: color-mix(in oklab, oklch(from var(--_color-primary) l c calc(h + 120)) 70%, var(--_color-surface));
  }
  .art .r {
    fill: color-mix(in srgb, var(--_color-danger) 70%, var(--_color-surface));
  }
  .art .w {
    fill: color-mix(in srgb, var(--_color-warning) 40%, var(--_color-surface));
  }
  .art .x {
    fill: color-mix(in srgb, var(--_color-warning) 70%, var(--_color-surface));
  }
  .art .v {
    fill: color-mix(in srgb, var(--_color-success) 45%, var(--_color-surface));
  }
  .art .y {
    fill: color-mix(in srgb, var(--_color-warning) 35%, #ffc400);
  }
`;
