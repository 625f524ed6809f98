/** Eenvoudig Nederlands (A2): texts of requests, shared details and applications, for readers who find B1 hard (MBO 1-2). */
import type { PeopleMessages } from './people.js';

const a2: PeopleMessages = {
  requestsCount: (n: number) =>
    n === 1 ? 'Een werkgever wil je leren kennen (1)' : `Werkgevers willen je leren kennen (${n})`,
  interested: 'Ik heb interesse',
  applicants: (n: number) => `Mensen met interesse in deze baan (${n})`,
  invite: 'Nodig uit',
  declineApplicant: 'Afwijzen',
  invited: (who: string) => `Je hebt ${who} uitgenodigd. ${who} ziet je vraag.`,
  declinedApplicant: (who: string) => `${who} krijgt een aardig bericht. Daarin staat: het past nu niet.`,
  applied: 'We hebben je interesse gestuurd. De werkgever ziet je score. Je naam ziet de werkgever niet.',
  appliedBefore: 'Je hebt al laten weten dat je interesse hebt.',
  applyJoinPool:
    'Werkgevers kunnen je nog niet vinden. Zeg eerst: werkgevers mogen mij vinden. Daarna kun je interesse laten zien.',
  appliedShown: 'Je hebt interesse getoond',
  undo: 'Trek in',
  undoAsk: 'Weet je het zeker? Dan ziet de werkgever je interesse niet meer.',
  undoYes: 'Ja, trek in',
  undoNo: 'Nee, toch niet',
  undone: 'Je interesse is nu weg. De werkgever ziet die niet meer.',
  requestFrom: (employer: string, job: string) => `${employer} wil met je praten over de baan ${job}.`,
  shareWhat: 'Zeg je ja? Dan ziet de werkgever je hele skillprint. En hij krijgt dit van je:',
  name: 'Je naam',
  email: 'Je e-mailadres',
  phone: 'Je telefoonnummer (mag leeg)',
  accept: 'Ja, deel dit',
  decline: 'Nee, liever niet',
  sharedWith: 'Deze werkgevers zien je gegevens',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} ziet nu ook je naam, e-mail, telefoon en hele skillprint. Dat is voor de baan ${job}.`,
  withdraw: 'Stop met delen',
  withdrawn: (employer: string) =>
    `Je deelt niets meer met ${employer}. De werkgever ziet je naam, e-mail, telefoon en skillprint niet meer. En de werkgever vindt je niet meer.`,
  accepted: 'Je hebt ja gezegd. De werkgever neemt contact met je op.',
  declined: (employer: string) => `Je zei nee tegen ${employer}. De werkgever weet alleen dat je nee zei.`,
  requestAsk: (who: string) =>
    `${who} krijgt een bericht: jullie willen kennismaken over deze baan. Zegt ${who} ja? Dan zie je naam, e-mail en telefoon.`,
  requestYes: 'Ja, stuur het verzoek',
  sendRequest: 'Stuur verzoek',
  requested: 'Verzoek gestuurd. Wacht op antwoord.',
  statuses: {
    requested: 'Wacht op antwoord',
    accepted: 'Ja gezegd',
    declined: 'Nee gezegd',
    withdrawn: 'Gestopt',
    expired: 'Verlopen',
  },
  identity: 'Naam, e-mail en telefoon',
  whole: 'Alles uit de skillprint',
  wholeLevel: (n: number) => `niveau ${n} van 5`,
  withdrawAsk: (employer: string) =>
    `Wil je stoppen met delen? Dan ziet ${employer} je gegevens niet meer. En ${employer} vindt je niet meer.`,
  withdrawYes: 'Ja, stop met delen',
  withdrawNo: 'Nee, toch niet',
  nameMissing: 'Vul je naam in.',
  nameTooLong: (max: number) => `Je naam is te lang. Gebruik ${max} tekens of minder.`,
  emailMissing: 'Vul je e-mailadres in.',
  emailWrong: 'Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl.',
  phoneDigits: (min: number) => `Vul een nummer in van ${min} cijfers of meer. Of laat het leeg.`,
  phoneLong: (max: number) => `Dit nummer is te lang. Gebruik ${max} tekens of minder.`,
  fieldWrong: 'Dit klopt nog niet. Kijk het na.',
  checkFields: (n: number) =>
    n === 1 ? 'Eén ding klopt nog niet. Kijk het na.' : `${n} dingen kloppen nog niet. Kijk ze na.`,
  failed: 'Dat lukte niet. Probeer het later nog een keer.',
};

export default a2;
