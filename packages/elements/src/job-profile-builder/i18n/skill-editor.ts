/**
 * The words of the skill editor (the lazy part of the builder), in both languages: they load
 * with the editor, not with the builder's first paint.
 */
const nl = {
  /** Above the skills: how to use the rows. */
  hint: 'Kies per vaardigheid het niveau dat nodig is. Vink "Moet" aan als iemand het werk zonder die vaardigheid niet kan doen. Onder "Meer" lees je wat iemand op dat niveau kan.',
  templateNeeds: (title: string) => `Het beroep ${title} vraagt de vaardigheden hieronder.`,
  useTemplate: 'Gebruik dit beroep',
  replaceWarning: 'Wat je al hebt gekozen, wordt dan vervangen.',
  noSkills: 'Je hebt nog geen vaardigheden gekozen.',
  levelOption: (level: number) => `Niveau ${level}`,
  /** Short names of the levels 1-5 (of the norm group: 10, 20, 40, 20 and 10 percent). */
  levelNames: ['Beginner', 'Basis', 'Gemiddeld', 'Sterk', 'Heel sterk'] as readonly string[],
  /** One level in the compact choice: "3 · Gemiddeld". */
  levelShort: (level: number, name: string) => `${level} · ${name}`,
  /** What a person can do at the chosen level (in the details). */
  levelText: (level: number, name: string) => `Niveau ${level} (${name}):`,
  importanceLabel: (skill: string) => `Hoe belangrijk is ${skill}?`,
  importance: ['Handig', 'Belangrijk', 'Heel belangrijk'] as readonly string[],
  /** The must-have checkbox: a short visible word, the rest for screen readers. */
  essentialShort: 'Moet',
  essentialHidden: (skill: string) => `: iemand moet ${skill} kunnen`,
  essentialName: 'Moet',
  /** The button that shows the rest of a skill. */
  more: 'Meer',
  moreHidden: (skill: string) => ` over ${skill}`,
  remove: (skill: string) => `Haal ${skill} weg`,
  addLabel: 'Vaardigheid toevoegen',
  addChoose: 'Kies een vaardigheid',
  add: 'Voeg toe',
  /** The occupation's interest areas and work environment (matching weighs them a little). */
  interests: (names: string) => `Past bij mensen die graag dit doen: ${names}`,
  environment: (sides: string) => `Zo is het werk: ${sides}`,
  preferencesFrom: 'Uit het beroep. Dit telt ook een beetje mee in de score:',
  preferencesRemove: 'Haal dit weg',
};

const en: typeof nl = {
  hint: 'Choose the level each skill needs. Tick "Must" when a person cannot do the work without that skill. Under "More" you read what a person can do at that level.',
  templateNeeds: (title) => `The occupation ${title} asks for the skills below.`,
  useTemplate: 'Use this occupation',
  replaceWarning: 'This replaces what you have chosen so far.',
  noSkills: 'You have not chosen any skills yet.',
  levelOption: (level) => `Level ${level}`,
  levelNames: ['Beginner', 'Basic', 'Average', 'Strong', 'Very strong'],
  levelShort: (level, name) => `${level} · ${name}`,
  levelText: (level, name) => `Level ${level} (${name}):`,
  importanceLabel: (skill) => `How important is ${skill}?`,
  importance: ['Nice to have', 'Important', 'Very important'],
  essentialShort: 'Must',
  essentialHidden: (skill) => `: a person must be able to do ${skill}`,
  essentialName: 'Must',
  more: 'More',
  moreHidden: (skill) => ` about ${skill}`,
  remove: (skill) => `Remove ${skill}`,
  addLabel: 'Add a skill',
  addChoose: 'Choose a skill',
  add: 'Add',
  interests: (names) => `Suits people who like: ${names}`,
  environment: (sides) => `The work is: ${sides}`,
  preferencesFrom: 'From the occupation. This also counts a little in the score:',
  preferencesRemove: 'Take this out',
};

export default { nl, en };
