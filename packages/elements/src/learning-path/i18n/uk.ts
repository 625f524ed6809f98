/** Ukrainian texts: a job seeker's learning path, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';
import { inSentence } from '../../base/in-sentence.js';

/** The Ukrainian plural form for a count: one (1, 21), few (2–4, 22–24) or many (5–20, 25). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = new Intl.PluralRules('uk').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};
/** A day in words, like the Dutch (day and month): "3 листопада". */
const day = (d: Date) => d.toLocaleDateString('uk', { day: 'numeric', month: 'long' });
/** After "до" and "для" (genitive): "1 професії або вакансії", "5 професій і вакансій". */
const jobs = (n: number) => `${n} ${plural(n, 'професії або вакансії', 'професій і вакансій', 'професій і вакансій')}`;
const steps = (n: number) => `${n} ${plural(n, 'крок', 'кроки', 'кроків')}`;

const uk: Messages = {
  title: 'Ваш план навчання',
  loading: 'Хвилинку. Ми завантажуємо ваш план навчання.',
  signIn: 'Увійдіть, щоб побачити свій план навчання.',
  noSkillprint: 'Спершу пройдіть тест. За вашим skillprint ми складемо для вас план.',
  failed: 'Зараз не вдається завантажити. Спробуйте пізніше.',
  retry: 'Спробувати ще раз',
  chooseTitle: 'Виберіть свою мету',
  chooseIntro: 'До якої роботи ви хочете прийти? Виберіть професію або вакансію. Ми складемо список кроків.',
  careers: 'Професії, до яких ви можете дійти навчанням',
  /** A choice beside the best-fitting occupations: any other one, from a list. */
  otherCareer: 'Інша професія',
  pickCareer: 'Виберіть професію',
  vacancies: 'Вакансії',
  community: 'Як роботодавці вводять у роботу',
  sharedBy: (companies: string[]) => `Поділилися: ${companies.join(', ')}`,
  stepCount: (n: number) => steps(n),
  fits: (score: number) => `підходить на ${score} зі 100`,
  at: (employer: string) => `у ${employer}`,
  toLearn: (n: number) =>
    n === 0 ? 'у вас уже є всі навички' : `треба вивчити ще ${n} ${plural(n, 'навичку', 'навички', 'навичок')}`,
  makePlan: 'Скласти мій план',
  cancel: 'Назад до мого плану',
  pickFirst: 'Спершу виберіть мету.',
  planFor: (goal: string) => `Ваша мета: ${goal}`,
  remaining: (n: number, goal: string) => `Ще ${steps(n)} до мети: ${inSentence(goal)}.`,
  allDone: (goal: string) => `Ви зробили всі кроки до мети: ${inSentence(goal)}. Молодці!`,
  noSteps: (goal: string) => `У вас уже є всі навички, потрібні для мети: ${inSentence(goal)}.`,
  papersToo: (what: string) => `Ця робота вимагає також: ${what}. Цього не отримаєш цими кроками.`,
  papersNeeded: (what: string) => `ще потрібно: ${what}`,
  progress: (done: number, all: number) => `Готово ${done} з ${all} ${plural(all, 'кроку', 'кроків', 'кроків')}`,
  fitNow: (score: number) => `Зараз ви підходите на ${score} зі 100.`,
  measureAgain: (n: number) =>
    `Готово кроків: ${n}. Але результат ще не виміряно. Пройдіть тест знову. Тоді ви побачите, чи виріс ваш рівень.`,
  stillBelow: (n: number) =>
    `Кроків виміряно знову: ${n}. Ваш рівень ще недостатній. Потренуйтеся ще трохи. Або спробуйте пізніше.`,
  provisional: 'Попередня оцінка: ми ще вчимося. Рівні ще не налаштовані на справжніх відповідях.',
  step: (n: number, skill: string) => `Крок ${n}: ${skill}`,
  levels: (need: number, now: number) => `Потрібно: рівень ${need}. У вас зараз: рівень ${now}.`,
  mustHave: 'Це обов’язково для цієї мети.',
  atWork: (note: string) => `На вашій роботі: ${note}`,
  measured: (d: Date, level: number, low: number, high: number) =>
    low === high ? `${day(d)}: рівень ${level}` : `${day(d)}: рівень ${level} (може бути від ${low} до ${high})`,
  lessonOffer: (title: string, minutes: number) =>
    `Короткий урок тут: ${title} (${minutes} ${plural(minutes, 'хвилина', 'хвилини', 'хвилин')}).`,
  lessonDone: (d: Date) => `Урок пройдено ${day(d)}`,
  lessonStart: 'Почати урок',
  lessonAgain: 'Пройти урок ще раз',
  remeasure: 'Виміряти знову (від 2 до 3 хвилин)',
  growthChart: (skill: string) => `${skill}: ваш рівень під час кожного вимірювання і рівні, якими він також може бути`,
  chartLevel: 'Рівень',
  chartRange: 'Може бути також',
  day,
  history: 'Виміряно',
  growth: {
    grew: 'Ваш рівень виріс. Тест у цьому впевнений.',
    unclear: 'Поки немає певного зростання: результати відрізняються надто мало, щоб бути певними.',
    fell: 'Останнє вимірювання нижче. Таке буває. Поговоріть про це зі своїм коучем.',
  },
  opens: (n: number) => `Якщо ви цього навчитеся, для вас також відкриється шлях до ${jobs(n)}.`,
  blocks: (n: number) => `Це вам також потрібно для ${jobs(n)}.`,
  status: {
    todo: 'Треба зробити',
    started: (d: Date) => `Почато ${day(d)}`,
    done: (d: Date) => `Готово ${day(d)}`,
    reached: (level: number) => `Досягнуто: тест тепер показує рівень ${level}`,
    below: (now: number, need: number) =>
      `Виміряно знову: досі рівень ${now}. Потрібен рівень ${need}. Потренуйтеся ще трохи. Або спробуйте пізніше.`,
  },
  proofSaid: {
    none: 'Ще немає доказу.',
    certificate: (note: string) => `Доказ: ${note}.`,
    'open-badge': 'Доказ: Open Badge.',
    coach: (name: string) => `Підтверджено: ${name}.`,
    platform: (name: string) => `Завершено на платформі ${name}.`,
  },
  offersTitle: 'Як цього можна навчитися',
  noOffers: 'Для цього ще немає курсу. Спитайте свого коуча або роботодавця, чи можна навчитися цього на роботі.',
  format: { online: 'онлайн', classroom: 'на заняттях', 'on-the-job': 'на роботі', blended: 'онлайн і на заняттях' },
  hours: (h: number) => `${h} ${plural(h, 'година', 'години', 'годин')}`,
  cost: (eur: number) => (eur === 0 ? 'безкоштовно' : `€\u00a0${eur}`),
  example: 'приклад',
  chosen: 'Ваш вибір',
  openOffer: (title: string) => `${title} (відкривається в новому вікні)`,
  startWith: (title: string) => `Я починаю: ${title}`,
  startWithout: 'Я вже навчаюся',
  markDone: 'У мене все готово',
  notDone: 'Ще не готово',
  proofTitle: 'Як показати, що ви закінчили?',
  proofCertificate: 'У мене є сертифікат або диплом',
  proofCertificateNote: 'Який сертифікат? (кілька слів)',
  proofBadge: 'У мене є Open Badge',
  proofBadgeWhich: 'Який Open Badge?',
  proofNone: 'У мене (ще) немає доказу',
  noteNeeded: 'Напишіть кількома словами, що це за сертифікат.',
  charsLeft: (n: number) => (n === 0 ? 'Поле заповнене. Більше символів не вміститься.' : `Залишилося символів: ${n}.`),
  save: 'Зберегти',
  cancelDone: 'Скасувати',
  saved: (skill: string, what: string) => `Збережено: ${skill}. ${what}`,
  saveFailed: 'Зараз не вдається зберегти. Спробуйте ще раз.',
  otherGoal: 'Вибрати іншу мету',
  newGaps: (skills) => `Для цієї мети Ви тепер можете навчитися ще й цього: ${skills}. Цього ще немає у Вашому плані.`,
  addNewGaps: 'Додати до мого плану',
  newGapsAdded: 'Тепер у Вашому плані є й ці кроки.',
  coach: {
    title: 'Ваш коуч',
    intro: 'У вас є коуч? Тоді коуч може переглядати ваш план разом з вами. Тільки якщо ви цього хочете.',
    looksAlong: (name: string, since: Date) => `${name} переглядає ваші дані з ${day(since)}.`,
    lastLooked: (at: Date) => `Останній перегляд: ${day(at)}.`,
    stop: (name: string) => `Зупинити: ${name} більше не переглядає`,
    stopped: (name: string) => `${name} більше не переглядає ваші дані.`,
    stopAsk: (name: string) =>
      `Ви впевнені? Тоді ${name} більше нічого про вас не бачитиме. Нотатки про вас (${name}) ми також видалимо.`,
    stopYes: 'Так, зупинити',
    wrote: (name: string) => `Нотатки про вас (${name})`,
    nextStep: (text: string, due: Date) => `Наступний крок (${day(due)}): ${text}`,
    note: (at: Date, text: string) => `${day(at)}: ${text}`,
    codeLabel: 'Код від вашого коуча',
    codeHint: 'Код ви отримуєте від свого коуча. Наприклад: K7QM-4XTP.',
    next: 'Далі',
    emptyCode: 'Спершу введіть код, який дав вам консультант.',
    badCode: 'Цей код неправильний. Перевірте, чи ви правильно його переписали: 8 літер і цифр.',
    unknownCode:
      'Цей код не працює. Він неправильний, уже використаний, або його строк минув. Попросіть у коуча новий.',
    wants: (name: string) =>
      `${name} хоче переглядати ваш skillprint, ваш план навчання, ваші запити від роботодавців і ваші заявки на роботу.`,
    youCanStop: 'Ви можете будь-коли це зупинити. Тут видно, коли ваш коуч переглядав дані.',
    called: 'Як коуч може до вас звертатися? (можна не заповнювати)',
    yes: 'Так, мій коуч може переглядати',
    no: 'Ні',
    granted: (name: string) => `${name} тепер переглядає ваші дані разом з вами. Ви можете будь-коли це зупинити.`,
  },
  newPlanWarning: 'Хочете вибрати іншу мету? Тоді ми складемо новий план. Ваш старий план ми збережемо.',
};

export default uk;
