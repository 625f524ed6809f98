/** Ukrainian texts of the match list, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

/** The Ukrainian plural form for a count: one (1, 21), few (2–4, 22–24) or many (5–20, 25). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = new Intl.PluralRules('uk').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};
const pointsOf = (n: number) => `${n} ${plural(n, 'бал', 'бали', 'балів')}`;
const hoursOf = (n: number) => `${n} ${plural(n, 'година', 'години', 'годин')}`;

const uk: Messages = {
  jobsTitle: 'Вакансії, які вам підходять',
  candidatesTitle: 'Кандидати на цю вакансію',
  loading: 'Хвилинку. Ми шукаємо найкращі збіги.',
  loadError: 'Зараз не вдається завантажити.',
  retry: 'Спробувати ще раз',
  count: (shown: number, total: number) =>
    shown === total
      ? `${total} ${plural(total, 'результат', 'результати', 'результатів')}`
      : `${shown} з ${total} ${plural(total, 'результату', 'результатів', 'результатів')}`,
  fit: (score: number) => (score >= 70 ? 'Добре підходить' : score >= 50 ? 'Частково підходить' : 'Поки не підходить'),
  score: (score: number) => `${score} зі 100`,
  filters: 'Фільтри',
  region: 'Регіон',
  anyRegion: 'Усі регіони',
  minHours: 'Мінімум годин на тиждень',
  minScore: 'Мінімальний бал',
  sort: 'Сортувати за',
  sortScore: 'Найкращий збіг',
  sortName: 'Назва',
  sortHours: 'Години',
  hours: (min: number, max: number) =>
    min === max
      ? `${hoursOf(min)} на тиждень`
      : `від ${min} до ${max} ${plural(max, 'години', 'годин', 'годин')} на тиждень`,
  perRequirement: 'За кожною вимогою',
  asks: (level: number, must: boolean) => `Потрібно: рівень ${level}${must ? ', обов’язково' : ''}`,
  youHave: (level: number, low: number, high: number) =>
    low === high ? `Ви: рівень ${level}` : `Ви: рівень ${level} (може бути від ${low} до ${high})`,
  candidateHas: (level: number, low: number, high: number) =>
    low === high ? `Кандидат: рівень ${level}` : `Кандидат: рівень ${level} (може бути від ${low} до ${high})`,
  notMeasured: 'Не виміряно',
  helped: (points: number) => `Підходить: +${pointsOf(points)}`,
  hurt: (points: number, lost: number) => `Поки не підходить: +${pointsOf(points)}, мінус ${pointsOf(lost)}`,
  essentialPenalty: 'Обов’язкова вимога поки не підходить. Через це менше балів (✗ вище).',
  secondaryPoints: (points: number) => `Інтереси і робоче середовище: +${pointsOf(points)}`,
  gaps: 'Чого ви ще можете навчитися',
  candidateGaps: 'Ще треба навчитися',
  essentialMissing: 'Важлива навичка поки не підходить.',
  allEssentials: 'Усі важливі навички підходять.',
  level: (have: number, need: number) => `Зараз рівень ${have}, потрібен рівень ${need}`,
  chance: (p: number) => `Шанс на цей рівень: ${Math.round(p * 100)}%`,
  offer: (title: string, provider: string, hours: number) => `${title} (${provider}, ${hoursOf(hours)})`,
  keys: 'Стрілками вгору і вниз переходь до іншого рядка.',
  details: 'Пояснення',
  close: 'Закрити пояснення',
  why: 'Чому такий бал?',
  emptyJobs:
    'Поки немає вакансій, які вам підходять. Подивіться, чого ви можете навчитися, або поверніться пізніше: нові вакансії з’являються постійно.',
  emptyFiltered: 'З цими фільтрами немає результатів. Зробіть фільтри ширшими.',
  emptyCandidates: 'У базі кандидатів ще немає людей для цієї вакансії. Перевірте, чи вимоги не надто високі.',
  availability: {
    now: 'Може почати зараз',
    'within-month': 'Протягом місяця',
    'within-three-months': 'Протягом трьох місяців',
    'not-now': 'Не зараз',
  },
  provisionalEstimate:
    'Попередня оцінка: ми ще вчимося. Тест новий, тому рівні ще не перевірені на реальних відповідях.',
};
export default uk;
