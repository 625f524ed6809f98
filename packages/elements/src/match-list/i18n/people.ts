/**
 * Texts of requests, shared details and applications: only the modes that show them (jobs.ts,
 * candidates.ts) load these, both languages in their lazy part, so the list's entry stays small.
 */

const nl = {
  requestsCount: (n: number) =>
    n === 1 ? 'Een werkgever wil kennismaken (1)' : `Werkgevers willen kennismaken (${n})`,
  interested: 'Ik heb interesse',
  applicants: (n: number) => `Mensen met interesse in deze baan (${n})`,
  invite: 'Nodig uit',
  declineApplicant: 'Afwijzen',
  invited: (who: string) => `${who} is uitgenodigd en ziet je verzoek.`,
  declinedApplicant: (who: string) => `${who} krijgt een vriendelijk bericht dat het nu niet past.`,
  applied: 'Je interesse is verstuurd. De werkgever ziet je score, niet je naam.',
  appliedBefore: 'Je hebt al interesse getoond in deze baan.',
  applyJoinPool: 'Werkgevers kunnen je nog niet vinden. Zeg eerst dat ze je mogen vinden. Dan kun je interesse tonen.',
  appliedShown: 'Je hebt interesse getoond',
  undo: 'Trek in',
  undoAsk: 'Weet je het zeker? Dan ziet de werkgever je interesse niet meer.',
  undoYes: 'Ja, trek in',
  undoNo: 'Nee, toch niet',
  undone: 'Je interesse is ingetrokken. De werkgever ziet die niet meer.',
  requestFrom: (employer: string, job: string) => `${employer} wil je spreken over de baan ${job}.`,
  shareWhat: 'Als je ja zegt, ziet de werkgever je hele skillprint en krijgt hij deze gegevens:',
  name: 'Je naam',
  email: 'Je e-mailadres',
  phone: 'Je telefoonnummer (mag leeg)',
  accept: 'Ja, deel mijn gegevens',
  decline: 'Nee, liever niet',
  sharedWith: 'Met deze werkgevers deel je je gegevens',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} ziet nu ook je naam, je contactgegevens en je hele skillprint (voor de baan ${job}).`,
  withdraw: 'Stop met delen',
  withdrawn: (employer: string) =>
    `Je deelt je gegevens niet meer met ${employer}. De werkgever ziet je naam, contactgegevens en skillprint niet meer. Je staat ook niet meer in de lijst van deze werkgever.`,
  accepted: 'Je hebt ja gezegd. De werkgever neemt contact op.',
  declined: (employer: string) =>
    `Je zei nee tegen ${employer}. De werkgever ziet alleen dat je nee zei, niet je naam.`,
  /** Before a request is sent: what the candidate gets, and what the employer gets after a yes. */
  requestAsk: (who: string) =>
    `${who} krijgt een bericht dat jullie willen kennismaken over deze baan. Die ziet jullie naam en de baan. Pas als die ja zegt, zie je naam, e-mailadres en telefoonnummer.`,
  requestYes: 'Ja, stuur het verzoek',
  sendRequest: 'Stuur verzoek',
  requested: 'Verzoek gestuurd. Wacht op antwoord.',
  statuses: {
    requested: 'Wacht op antwoord',
    accepted: 'Geaccepteerd',
    declined: 'Afgewezen',
    withdrawn: 'Ingetrokken',
    expired: 'Verlopen',
  } as Record<string, string>,
  identity: 'Contactgegevens',
  whole: 'Alle vaardigheden uit de skillprint',
  wholeLevel: (n: number) => `niveau ${n} van 5`,
  withdrawAsk: (employer: string) =>
    `Wil je stoppen met delen? Dan ziet ${employer} je naam, contactgegevens en skillprint niet meer. Je staat dan ook niet meer in de lijst van deze werkgever.`,
  withdrawYes: 'Ja, stop met delen',
  withdrawNo: 'Nee, toch niet',
  nameMissing: 'Vul je naam in.',
  nameTooLong: (max: number) => `Je naam is te lang. Gebruik niet meer dan ${max} tekens.`,
  emailMissing: 'Vul je e-mailadres in.',
  emailWrong: 'Dit e-mailadres klopt niet. Een goed adres ziet er zo uit: naam@voorbeeld.nl.',
  /** A phone number with too few digits, or signs that are no part of one. */
  phoneDigits: (min: number) => `Vul een telefoonnummer in van minstens ${min} cijfers, of laat het leeg.`,
  phoneLong: (max: number) => `Dit telefoonnummer is te lang. Gebruik niet meer dan ${max} tekens.`,
  fieldWrong: 'Dit klopt nog niet. Kijk het na.',
  checkFields: (n: number) =>
    n === 1 ? 'Eén gegeven klopt nog niet. Kijk het na.' : `${n} gegevens kloppen nog niet. Kijk ze na.`,
  failed: 'Dat lukte nu niet. Probeer het later nog eens.',
};

const en: typeof nl = {
  requestsCount: (n: number) => (n === 1 ? 'An employer wants to meet you (1)' : `Employers want to meet you (${n})`),
  interested: 'I am interested',
  applicants: (n: number) => `People interested in this job (${n})`,
  invite: 'Invite',
  declineApplicant: 'Decline',
  invited: (who: string) => `${who} is invited and sees your request.`,
  declinedApplicant: (who: string) => `${who} gets a kind message that it does not fit now.`,
  applied: 'Your interest was sent. The employer sees your score, not your name.',
  appliedBefore: 'You already showed interest in this job.',
  applyJoinPool:
    'Employers cannot find you yet. First say that employers may find you. Then you can show your interest.',
  appliedShown: 'You showed interest',
  undo: 'Withdraw',
  undoAsk: 'Are you sure? Then the employer no longer sees your interest.',
  undoYes: 'Yes, withdraw',
  undoNo: 'No, keep it',
  undone: 'Your interest is withdrawn. The employer no longer sees it.',
  requestFrom: (employer: string, job: string) => `${employer} wants to talk to you about the job ${job}.`,
  shareWhat: 'If you say yes, the employer sees your whole skillprint and gets these details:',
  name: 'Your name',
  email: 'Your email address',
  phone: 'Your phone number (may be empty)',
  accept: 'Yes, share my details',
  decline: 'No, thank you',
  sharedWith: 'Employers you share your details with',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} now also sees your name, your contact details and your whole skillprint (for the job ${job}).`,
  withdraw: 'Stop sharing',
  withdrawn: (employer: string) =>
    `You no longer share your details with ${employer}. The employer no longer sees your name, contact details and skillprint. You are no longer in this employer's list either.`,
  accepted: 'You said yes. The employer will contact you.',
  declined: (employer: string) => `You said no to ${employer}. The employer only sees that you said no, not your name.`,
  requestAsk: (who: string) =>
    `${who} gets a message that you would like to meet about this job. They see your name and the job. Only when they say yes do you see their name, e-mail address and phone number.`,
  requestYes: 'Yes, send the request',
  sendRequest: 'Send request',
  requested: 'Request sent. Waiting for an answer.',
  statuses: {
    requested: 'Waiting for an answer',
    accepted: 'Accepted',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
    expired: 'Expired',
  },
  identity: 'Contact details',
  whole: 'Every skill in the skillprint',
  wholeLevel: (n: number) => `level ${n} of 5`,
  withdrawAsk: (employer: string) =>
    `Do you want to stop sharing? Then ${employer} no longer sees your name, contact details and skillprint. You will no longer be in this employer's list either.`,
  withdrawYes: 'Yes, stop sharing',
  withdrawNo: 'No, keep sharing',
  nameMissing: 'Fill in your name.',
  nameTooLong: (max: number) => `Your name is too long. Use at most ${max} characters.`,
  emailMissing: 'Fill in your email address.',
  emailWrong: 'This email address is not right. A good address looks like this: name@example.com.',
  phoneDigits: (min: number) => `Fill in a phone number of at least ${min} digits, or leave it empty.`,
  phoneLong: (max: number) => `This phone number is too long. Use at most ${max} characters.`,
  fieldWrong: 'This is not right yet. Please check it.',
  checkFields: (n: number) =>
    n === 1 ? 'One detail is not right yet. Please check it.' : `${n} details are not right yet. Please check them.`,
  failed: 'That did not work now. Please try again later.',
};

export type PeopleMessages = typeof nl;
export { en, nl };
