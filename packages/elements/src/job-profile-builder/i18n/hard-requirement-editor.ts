/**
 * The words of the hard-requirement editor (a lazy part of the builder, in the skill editor's
 * chunk), in both languages: they load with the editor, not with the builder's first paint.
 */
const nl = {
  legend: 'Certificaten, rijbewijs en lichamelijk werk',
  hint: 'Dit telt niet mee in de score. Je kunt kandidaten er later op filteren.',
  /** The first line of the (closed) list, the button that opens it. */
  choose: 'Kies wat nodig is',
  none: 'Nog niets gekozen.',
  /** What is chosen, in the summary: one line for the required ones, one for the preferred. */
  requiredList: (list: string) => `Verplicht: ${list}.`,
  preferredList: (list: string) => `Gewenst: ${list}.`,
  kinds: { certificate: 'Certificaten', licence: 'Rijbewijzen', physical: 'Lichamelijk werk' },
  required: 'verplicht',
  preferred: 'gewenst',
  /** The name of one item's choice between required and preferred. */
  need: (label: string) => `${label}: verplicht of gewenst?`,
  max: (n: number) => `Je kunt hoogstens ${n} dingen kiezen.`,
};

const en: typeof nl = {
  legend: 'Certificates, licences and physical work',
  hint: 'This does not count in the score. You can filter candidates on it later.',
  choose: 'Choose what is needed',
  none: 'Nothing chosen yet.',
  requiredList: (list) => `Required: ${list}.`,
  preferredList: (list) => `Preferred: ${list}.`,
  kinds: { certificate: 'Certificates', licence: 'Licences', physical: 'Physical work' },
  required: 'required',
  preferred: 'preferred',
  need: (label) => `${label}: required or preferred?`,
  max: (n) => `You can choose at most ${n}.`,
};

export default { nl, en };
