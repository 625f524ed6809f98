/** Polish texts of the match list, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

/** Polish plural: 1 punkt, 2 punkty, 5 punktów. */
const plural = (n: number, one: string, few: string, many: string) => {
  const form = new Intl.PluralRules('pl').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};
const points = (n: number) => `${n} ${plural(n, 'punkt', 'punkty', 'punktów')}`;
const hours = (n: number) => `${n} ${plural(n, 'godzina', 'godziny', 'godzin')}`;

const pl: Messages = {
  jobsTitle: 'Oferty pracy, które do ciebie pasują',
  candidatesTitle: 'Kandydaci na to stanowisko',
  loading: 'Chwileczkę. Szukamy najlepszych dopasowań.',
  loadError: 'Teraz nie da się tego załadować.',
  retry: 'Spróbuj ponownie',
  count: (shown: number, total: number) =>
    shown === total ? `${total} ${plural(total, 'wynik', 'wyniki', 'wyników')}` : `${shown} z ${total} wyników`,
  fit: (score: number) => (score >= 70 ? 'Pasuje dobrze' : score >= 50 ? 'Pasuje średnio' : 'Jeszcze nie pasuje'),
  score: (score: number) => `${score} na 100`,
  filters: 'Filtry',
  region: 'Region',
  anyRegion: 'Wszystkie regiony',
  minHours: 'Minimum godzin w tygodniu',
  minScore: 'Minimalny wynik',
  sort: 'Sortuj według',
  sortScore: 'Najlepsze dopasowanie',
  sortName: 'Nazwa',
  sortHours: 'Godziny',
  hours: (min: number, max: number) =>
    min === max ? `${hours(min)} tygodniowo` : `od ${min} do ${max} godzin tygodniowo`,
  perRequirement: 'Każde wymaganie osobno',
  asks: (level: number, must: boolean) => `Wymagane: poziom ${level}${must ? ', obowiązkowo' : ''}`,
  youHave: (level: number, low: number, high: number) =>
    low === high ? `Ty: poziom ${level}` : `Ty: poziom ${level} (może być od ${low} do ${high})`,
  candidateHas: (level: number, low: number, high: number) =>
    low === high ? `Kandydat: poziom ${level}` : `Kandydat: poziom ${level} (może być od ${low} do ${high})`,
  notMeasured: 'Nie zmierzono',
  helped: (n: number) => `Pasuje: +${points(n)}`,
  hurt: (n: number, lost: number) => `Jeszcze nie pasuje: +${points(n)}, kosztuje ${points(lost)}`,
  essentialPenalty: 'Jedno obowiązkowe wymaganie jeszcze nie pasuje. To kosztuje punkty (✗ wyżej).',
  secondaryPoints: (n: number) => `Zainteresowania i środowisko pracy: +${points(n)}`,
  gaps: 'Tego możesz się jeszcze nauczyć',
  candidateGaps: 'Jeszcze do nauczenia',
  essentialMissing: 'Jedna ważna umiejętność jeszcze nie pasuje.',
  allEssentials: 'Wszystkie ważne umiejętności pasują.',
  level: (have: number, need: number) => `Teraz poziom ${have}, potrzebny poziom ${need}`,
  chance: (p: number) => `Szansa na ten poziom: ${Math.round(p * 100)}%`,
  offer: (title: string, provider: string, h: number) => `${title} (${provider}, ${hours(h)})`,
  keys: 'Strzałkami w górę i w dół przejdziesz do innego wiersza.',
  details: 'Wyjaśnienie',
  close: 'Zamknij wyjaśnienie',
  why: 'Skąd ten wynik?',
  emptyJobs:
    'Nie ma jeszcze pasujących ofert pracy. Zobacz, czego możesz się nauczyć, albo wróć później: ciągle dochodzą nowe oferty.',
  emptyFiltered: 'Brak wyników z tymi filtrami. Ustaw szersze filtry.',
  emptyCandidates:
    'Nie ma jeszcze kandydatów na to stanowisko w bazie kandydatów. Sprawdź, czy wymagania nie są za wysokie.',
  availability: {
    now: 'Może zacząć od razu',
    'within-month': 'W ciągu miesiąca',
    'within-three-months': 'W ciągu trzech miesięcy',
    'not-now': 'Nie teraz',
  },
  provisionalEstimate:
    'Wstępna ocena: wciąż się uczymy. Test jest nowy, więc poziomów nie sprawdzono jeszcze na prawdziwych odpowiedziach.',
};
export default pl;
