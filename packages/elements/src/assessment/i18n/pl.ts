/** Polish texts of the assessment, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { GameMechanic } from '@pfw/contract';
import type { Messages } from './nl.js';

/** Polish plural: 1 ruch, 2 ruchy, 5 ruchów. */
const plural = (n: number, one: string, few: string, many: string) => {
  const form = new Intl.PluralRules('pl').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

const pl: Messages = {
  welcomeTitle: 'Odkryj swoje mocne strony',
  welcomeIntro:
    'Dostaniesz krótkie pytania, sytuacje z pracy i kilka gier. Tak zobaczysz, co lubisz i jakie masz umiejętności.',
  welcomeTime: 'To trwa około 12 minut. Możesz w każdej chwili przerwać i wrócić później.',
  welcomePrivacy:
    'Twoje imię nie jest potrzebne. Twoje odpowiedzi zostają najpierw na tym urządzeniu. Nie używamy kamery ani mikrofonu.',
  remeasureTitle: 'Zmierz jeszcze raz, co już umiesz',
  remeasureIntro:
    'Krótki test, tylko o umiejętności z twojego kroku nauki. Za każdym razem wybierz to, co najbardziej do ciebie pasuje.',
  remeasureTime: 'To trwa od 2 do 3 minut.',
  remeasureDoneTitle: 'Twój nowy pomiar jest gotowy',
  remeasureDoneText: 'Twój skillprint i plan nauki już go pokazują. Inne umiejętności zostają takie same.',
  start: 'Zacznij',
  loading: 'Chwileczkę. Pobieramy pytania.',
  readAloud: 'Czytaj na głos',
  noVoice: 'Twoja przeglądarka nie ma głosu, który czyta ten język na głos.',
  choiceHelp: 'Oba mogą być prawdą. Wybierz to, co najbardziej do ciebie pasuje.',
  rankBestHelp:
    'Wszystkie trzy mogą być prawdą. Nikt nie jest idealny. Najpierw wybierz to, co najbardziej do ciebie pasuje.',
  rankLeast: 'A co najmniej do ciebie pasuje?',
  rankLeastHelp: 'Wybierz z dwóch pozostałych.',
  rankPicked: 'Pasuje najbardziej',
  rankAgain: 'Wybierz ponownie',
  sceneQuestion: 'Wybierz, co byś zrobił.',
  itemOf: (n) => `Pytanie ${n}`,
  progressLabel: 'Twój postęp',
  progress: (percent) => `Gotowe: ${percent}%`,
  milestones: {
    25: 'Dobrze ci idzie! Jedna czwarta już za tobą.',
    50: 'Super! Jesteś w połowie.',
    75: 'Prawie koniec. Jeszcze chwila, dasz radę!',
  },
  tooFast: 'Odpowiadasz bardzo szybko. Przeczytaj spokojnie każde pytanie. Zbyt szybka odpowiedź się nie liczy.',
  saved: 'Twoje odpowiedzi są zapisane.',
  offline: 'Brak połączenia. Twoje odpowiedzi są bezpieczne na tym urządzeniu. Wyślemy je, gdy tylko będzie można.',
  rejected: (detail) => `Serwer nie przyjął tej odpowiedzi: ${detail}. Twoja odpowiedź nadal jest na tym urządzeniu.`,
  expiredTitle: 'Ten test wygasł',
  expiredText:
    'Przez dłuższy czas nic się nie działo, więc test się zatrzymał. Zacznij od nowa: test wybierze dla ciebie nowe pytania.',
  continue: 'Zacznij od nowa',
  unmeasuredTitle: 'Nie udało się niczego zmierzyć',
  unmeasuredText:
    'Odpowiedzi padały bardzo szybko, szybciej, niż da się przeczytać pytania. Takie odpowiedzi się nie liczą. Zacznij od nowa i spokojnie przeczytaj każde pytanie.',
  finishing: 'Gotowe! Teraz tworzymy twój skillprint.',
  gameDone: 'Gra skończona',
  gameResult: (good: number, total: number) => `Dobrze: ${good} z ${total}`,
  gamePraise: {
    sorting: 'W tej grze: dokładna praca.',
    risk: 'W tej grze: często bezpieczny wybór.',
    planning: 'W tej grze: mądry plan.',
    queue: 'W tej grze: klienci obsłużeni w dobrej kolejności.',
    team: 'W tej grze: często wybór najlepszy dla zespołu.',
  } as Record<GameMechanic, string>,
  gameEffort: 'Nie wszystko poszło dobrze. Nic nie szkodzi.',
  /** The research round (#20): a few more questions for calibration only. */
  researchTitle: 'Pomóż ulepszyć test',
  researchIntro:
    'Dostaniesz jeszcze kilka pytań o jedną umiejętność. Twoje odpowiedzi pomogą nam zrobić test bardziej sprawiedliwy i lepszy. Twój skillprint się nie zmieni.',
  researchTime: 'To trwa około 4 minut. Możesz przerwać w każdej chwili.',
  researchDoneTitle: 'Dziękujemy!',
  researchDoneText: 'Twoje odpowiedzi pomagają ulepszyć test. Twój skillprint się nie zmienił.',
  stop: 'Zakończ',
  pause: 'Pauza',
  adjust: 'Dostosuj',
  pausedTitle: 'Pauza',
  pausedText: 'Twój test jest zatrzymany. Wszystko jest zapisane. Możesz też zamknąć tę stronę i wrócić później.',
  easyReading: 'Większe litery',
  safeColours: 'Kolory dla daltonistów',
  easyWords: 'Łatwy niderlandzki',
  breakTitle: 'Czas na krótką przerwę. Dobrze ci idzie!',
  breakText: 'Możesz spokojnie zrobić przerwę. Wszystkie twoje odpowiedzi są zapisane. Możesz też wrócić później.',
  breakNext: 'Dalej będzie kilka pytań o to, co lubisz robić.',
  goOn: 'Dalej',
  waitingTitle: 'Chwileczkę, czekamy na następne pytanie',
  waitingForSteps: 'Brak połączenia. Twoje odpowiedzi są bezpieczne. Pójdziemy dalej, gdy wróci internet.',
  doneTitle: 'Twój skillprint jest gotowy',
  doneText: 'Dobra robota! Zobacz teraz swoje mocne strony.',
  showSkillprint: 'Zobacz swój skillprint',
  again: 'Zrób test jeszcze raz',
  errorTitle: 'Coś poszło nie tak',
  errorText: 'Teraz to nie działa. Twoje odpowiedzi są bezpieczne. Spróbuj ponownie za chwilę.',
  retry: 'Spróbuj ponownie',
  noAccess: 'Ten test nie może się tutaj uruchomić. Strona internetowa musi jeszcze ustawić klucz.',
  gameTitles: {
    sorting: 'Gra: sortowanie',
    risk: 'Gra: bezpieczna praca',
    planning: 'Gra: mądre planowanie',
    queue: 'Gra: pomoc klientom',
    team: 'Gra: kończymy razem',
  } as Record<GameMechanic, string>,
  /** How each game is played, on its instruction screen. */
  gameHow: {
    sorting:
      'Widzisz pudełko z kodem. Dotknij pojemnika z dokładnie tym samym kodem. Nie ma limitu czasu: liczą się tylko dobre odpowiedzi. Uważaj, kody są do siebie podobne.',
    risk: 'Widzisz sytuację w pracy. Wybierz, jak bezpiecznie wykonać pracę. Nie ma limitu czasu.',
    planning:
      'Ustaw kroki we właściwej kolejności. Użyj przycisków w górę i w dół. Każde przesunięcie to jeden ruch. Spróbuj użyć jak najmniej ruchów.',
    queue:
      'Widzisz, gdzie pracujesz i kto czeka. Dotknij osoby, której pomożesz najpierw. Przeczytaj uważnie, co jest napisane przy każdej osobie. Nie ma limitu czasu.',
    team: 'Pracujesz razem z kolegą. Przy każdym wyborze widzisz, ile minut pracy wam wtedy zostanie. Zespół kończy, gdy wszyscy skończą. Wybierz to, co najlepsze dla zespołu. Czasem możesz też o coś zapytać kierownika zespołu albo dać wskazówkę. Nie ma limitu czasu.',
  } as Record<GameMechanic, string>,
  gamePractice: 'Najpierw krótkie ćwiczenie. To się nie liczy.',
  gameReady: 'Teraz to się liczy. Powodzenia!',
  gameResumed: (n, of) => `Grasz dalej od miejsca przerwy: runda ${n} z ${of}.`,
  startPractice: 'Ćwicz',
  startGame: 'Zacznij grę',
  right: 'Dobrze!',
  wrong: (answer) => `Nie tak. Dobra odpowiedź: ${answer.replace(/[.!?]$/, '')}.`,
  trial: (n, of) => `${n} z ${of}`,
  sortingPart: (code) => `Pudełko ${code}`,
  sortingBins: 'Pojemniki',
  up: (step) => `${step} w górę`,
  down: (step) => `${step} w dół`,
  moves: (n) => `${n} ${plural(n, 'ruch', 'ruchy', 'ruchów')}`,
  checkOrder: 'Gotowe',
  notYet: 'Jeszcze nie tak. Sprawdź jeszcze raz kolejność.',
  skipPuzzle: 'Pomiń to',
  moved: (step, position) => `${step} jest teraz na miejscu ${position}.`,
};
export default pl;
