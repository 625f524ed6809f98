/** Polish texts of a job seeker's learning path, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';
import { inSentence } from '../../base/in-sentence.js';

/** Polish plural: 1 krok, 2 kroki, 5 kroków. */
const plural = (n: number, one: string, few: string, many: string) => {
  const form = new Intl.PluralRules('pl').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};
const steps = (n: number) => `${n} ${plural(n, 'krok', 'kroki', 'kroków')}`;
const day = (d: Date) => d.toLocaleDateString('pl', { day: 'numeric', month: 'long' });
/** After "do" (genitive): "do 1 zawodu lub oferty pracy", "do 3 zawodów i ofert pracy". */
const jobs = (n: number) => (n === 1 ? '1 zawodu lub oferty pracy' : `${n} zawodów i ofert pracy`);

const pl: Messages = {
  title: 'Twój plan nauki',
  loading: 'Chwileczkę. Pobieramy twój plan nauki.',
  signIn: 'Zaloguj się, żeby zobaczyć swój plan nauki.',
  noSkillprint: 'Najpierw zrób test. Na podstawie twojego skillprintu zrobimy dla ciebie plan.',
  failed: 'Teraz nie da się tego załadować. Spróbuj ponownie później.',
  retry: 'Spróbuj ponownie',
  chooseTitle: 'Wybierz swój cel',
  chooseIntro: 'Do jakiej pracy chcesz dojść? Wybierz zawód lub ofertę pracy. My ułożymy kolejne kroki.',
  careers: 'Zawody, do których możesz dojść przez naukę',
  /** A choice beside the best-fitting occupations: any other one, from a list. */
  otherCareer: 'Inny zawód',
  pickCareer: 'Wybierz zawód',
  vacancies: 'Oferty pracy',
  community: 'Ścieżki wdrożenia od pracodawców',
  sharedBy: (companies: string[]) => `Udostępnione przez: ${companies.join(', ')}`,
  stepCount: (n: number) => steps(n),
  fits: (score: number) => `dopasowanie: ${score} na 100`,
  at: (employer: string) => `w firmie ${employer}`,
  toLearn: (n: number) =>
    n === 0
      ? 'masz już wszystkie umiejętności'
      : n === 1
        ? 'jeszcze 1 umiejętność do nauczenia'
        : `jeszcze ${n} umiejętności do nauczenia`,
  makePlan: 'Utwórz mój plan',
  cancel: 'Wróć do mojego planu',
  pickFirst: 'Najpierw wybierz cel.',
  planFor: (goal: string) => `Twój cel: ${goal}`,
  remaining: (n: number, goal: string) => `Jeszcze ${steps(n)} do celu: ${inSentence(goal)}.`,
  allDone: (goal: string) => `Wszystkie kroki do celu są zrobione: ${inSentence(goal)}. Dobra robota!`,
  noSteps: (goal: string) => `Masz już wszystkie umiejętności, których wymaga cel: ${inSentence(goal)}.`,
  papersToo: (what: string) => `Ta praca wymaga też: ${what}. Tego nie zdobędziesz tymi krokami.`,
  papersNeeded: (what: string) => `potrzebne jeszcze: ${what}`,
  progress: (done: number, all: number) => `Gotowe kroki: ${done} z ${all}`,
  fitNow: (score: number) => `Twoje dopasowanie teraz: ${score} na 100.`,
  measureAgain: (n: number) =>
    `Gotowe kroki, jeszcze bez pomiaru: ${n}. Zrób test jeszcze raz. Wtedy zobaczysz, czy twój poziom wzrósł.`,
  stillBelow: (n: number) =>
    `Kroki zmierzone ponownie: ${n}. Twój poziom jest jeszcze za niski. Poćwicz jeszcze trochę. Albo spróbuj ponownie później.`,
  provisional: 'Wstępna ocena: wciąż się uczymy. Poziomy nie są jeszcze dopasowane do prawdziwych odpowiedzi.',
  step: (n: number, skill: string) => `Krok ${n}: ${skill}`,
  levels: (need: number, now: number) => `Potrzebny: poziom ${need}. Ty teraz: poziom ${now}.`,
  mustHave: 'To jest konieczne dla tego celu.',
  atWork: (note: string) => `W twojej pracy: ${note}`,
  measured: (d: Date, level: number, low: number, high: number) =>
    low === high ? `${day(d)}: poziom ${level}` : `${day(d)}: poziom ${level} (może być od ${low} do ${high})`,
  lessonOffer: (title: string, minutes: number) =>
    `Krótka lekcja tutaj: ${title} (${minutes} ${plural(minutes, 'minuta', 'minuty', 'minut')}).`,
  lessonDone: (d: Date) => `Lekcja ukończona ${day(d)}`,
  lessonStart: 'Zacznij lekcję',
  lessonAgain: 'Zrób lekcję jeszcze raz',
  remeasure: 'Zmierz ponownie (od 2 do 3 minut)',
  growthChart: (skill: string) => `${skill}: twój poziom przy każdym pomiarze i poziomy, które też są możliwe`,
  chartLevel: 'Poziom',
  chartRange: 'Może też być',
  day,
  history: 'Pomiary',
  growth: {
    grew: 'Twój poziom wzrósł. Test jest tego pewny.',
    unclear: 'Nie ma jeszcze pewnego wzrostu: wyniki różnią się zbyt mało, żeby mieć pewność.',
    fell: 'Ostatni pomiar jest niższy. To może się zdarzyć. Porozmawiaj o tym ze swoim doradcą.',
  },
  opens: (n: number) => `Jeśli się tego nauczysz, będziesz też pasować do ${jobs(n)}.`,
  blocks: (n: number) => `Tego potrzebujesz też do ${jobs(n)}.`,
  status: {
    todo: 'Do zrobienia',
    started: (d: Date) => `Rozpoczęte ${day(d)}`,
    done: (d: Date) => `Ukończone ${day(d)}`,
    reached: (level: number) => `Osiągnięte: test pokazuje teraz poziom ${level}`,
    below: (now: number, need: number) =>
      `Nowy pomiar: nadal poziom ${now}. Potrzebny jest poziom ${need}. Poćwicz jeszcze trochę. Albo spróbuj ponownie później.`,
  },
  proofSaid: {
    none: 'Nie ma jeszcze dowodu.',
    certificate: (note: string) => `Dowód: ${note}.`,
    'open-badge': 'Dowód: odznaka Open Badge.',
    coach: (name: string) => `Potwierdzone przez: ${name}.`,
    platform: (name: string) => `Ukończone w: ${name}.`,
  },
  offersTitle: 'Tak możesz się tego nauczyć',
  noOffers: 'Nie ma jeszcze na to kursu. Zapytaj doradcę lub pracodawcę, czy możesz się tego nauczyć w pracy.',
  format: { online: 'online', classroom: 'na zajęciach', 'on-the-job': 'w pracy', blended: 'online i na zajęciach' },
  hours: (h: number) => `${h} ${plural(h, 'godzina', 'godziny', 'godzin')}`,
  cost: (eur: number) => (eur === 0 ? 'za darmo' : `€\u00a0${eur}`),
  example: 'przykład',
  chosen: 'Twój wybór',
  openOffer: (title: string) => `${title} (otwiera się w nowym oknie)`,
  startWith: (title: string) => `Zaczynam: ${title}`,
  startWithout: 'Zaczynam naukę',
  markDone: 'Gotowe',
  notDone: 'Jednak jeszcze nie gotowe',
  proofTitle: 'Jak pokażesz, że krok jest gotowy?',
  proofCertificate: 'Mam certyfikat lub dyplom',
  proofCertificateNote: 'Jaki certyfikat? (kilka słów)',
  proofBadge: 'Mam odznakę Open Badge',
  proofBadgeWhich: 'Która odznaka Open Badge?',
  proofNone: 'Nie mam (jeszcze) dowodu',
  noteNeeded: 'Napisz w kilku słowach, jaki to certyfikat.',
  charsLeft: (n: number) => (n === 0 ? 'Pole jest pełne. Więcej znaków się nie zmieści.' : `Pozostało znaków: ${n}.`),
  save: 'Zapisz',
  cancelDone: 'Anuluj',
  saved: (skill: string, what: string) => `Zapisano: ${skill}. ${what}`,
  saveFailed: 'Teraz nie da się zapisać. Spróbuj ponownie.',
  otherGoal: 'Wybierz inny cel',
  newGaps: (skills) => `Do tego celu możesz teraz nauczyć się też tego: ${skills}. Tego nie ma jeszcze w twoim planie.`,
  addNewGaps: 'Dodaj to do mojego planu',
  newGapsAdded: 'Twój plan ma teraz też te kroki.',
  coach: {
    title: 'Twój doradca',
    intro: 'Masz doradcę? Wtedy może on razem z tobą śledzić twoje postępy. Tylko jeśli tego chcesz.',
    looksAlong: (name: string, since: Date) => `${name} ma wgląd w twoje postępy od ${day(since)}.`,
    lastLooked: (at: Date) => `Ostatnie sprawdzenie: ${day(at)}.`,
    stop: (name: string) => `Zatrzymaj wgląd: ${name}`,
    stopped: (name: string) => `${name} nie ma już wglądu.`,
    stopAsk: (name: string) =>
      `Na pewno? Wtedy ${name} nie zobaczy już niczego o tobie. Usuniemy też notatki o tobie (${name}).`,
    stopYes: 'Tak, zatrzymaj',
    wrote: (name: string) => `Notatki o tobie (${name})`,
    nextStep: (text: string, due: Date) => `Następny krok (${day(due)}): ${text}`,
    note: (at: Date, text: string) => `${day(at)}: ${text}`,
    codeLabel: 'Kod od twojego doradcy',
    codeHint: 'Kod dostajesz od doradcy. Na przykład: K7QM-4XTP.',
    next: 'Dalej',
    emptyCode: 'Najpierw wpisz kod od doradcy.',
    badCode: 'Ten kod jest niepoprawny. Sprawdź, czy jest dobrze przepisany: 8 liter i cyfr.',
    unknownCode: 'Ten kod nie działa. Jest błędny, już użyty albo wygasł. Poproś doradcę o nowy.',
    wants: (name: string) =>
      `${name} chce mieć wgląd w twój skillprint, plan nauki, prośby od pracodawców i twoje zgłoszenia do pracy.`,
    youCanStop: 'Zawsze możesz to zatrzymać. Tutaj widzisz, kiedy doradca sprawdzał twoje dane.',
    called: 'Jak doradca ma się do ciebie zwracać? (może zostać puste)',
    yes: 'Tak, doradca może mieć wgląd',
    no: 'Nie',
    granted: (name: string) => `${name} ma teraz wgląd w twoje postępy. Zawsze możesz to zatrzymać.`,
  },
  newPlanWarning: 'Chcesz wybrać inny cel? Wtedy zrobimy nowy plan. Twój stary plan zachowamy.',
};

export default pl;
