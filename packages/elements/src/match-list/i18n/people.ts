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
  applyJoinPool: 'Meld je eerst aan voor de talentpool. Dan kan de werkgever je vinden.',
  requestFrom: (employer: string, job: string) => `${employer} wil je spreken over de baan ${job}.`,
  shareWhat: 'Als je ja zegt, krijgt de werkgever alleen deze gegevens:',
  name: 'Je naam',
  email: 'Je e-mailadres',
  phone: 'Je telefoonnummer (mag leeg)',
  accept: 'Ja, deel mijn gegevens',
  decline: 'Nee, liever niet',
  sharedWith: 'Met deze werkgevers deel je je gegevens',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} ziet je naam, contactgegevens en skillprint (voor de baan ${job}).`,
  withdraw: 'Stop met delen',
  withdrawn: (employer: string) => `${employer} ziet je gegevens niet meer.`,
  accepted: 'Je hebt ja gezegd. De werkgever neemt contact op.',
  declined: 'Je hebt nee gezegd. De werkgever ziet je gegevens niet.',
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
  applyJoinPool: 'Join the talent pool first. Then the employer can find you.',
  requestFrom: (employer: string, job: string) => `${employer} wants to talk to you about the job ${job}.`,
  shareWhat: 'If you say yes, the employer gets only these details:',
  name: 'Your name',
  email: 'Your email address',
  phone: 'Your phone number (may be empty)',
  accept: 'Yes, share my details',
  decline: 'No, thank you',
  sharedWith: 'Employers you share your details with',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} sees your name, contact details and skillprint (for the job ${job}).`,
  withdraw: 'Stop sharing',
  withdrawn: (employer: string) => `${employer} no longer sees your details.`,
  accepted: 'You said yes. The employer will contact you.',
  declined: 'You said no. The employer does not see your details.',
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
};

export type PeopleMessages = typeof nl;
export { en, nl };
