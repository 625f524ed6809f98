/**
 * The words of the skill editor (the lazy part of the builder), in both languages: they load
 * with the editor, not with the builder's first paint.
 */
const nl = {
  templateNeeds: (title: string) => `Dit vraagt het beroep ${title}:`,
  useTemplate: 'Gebruik dit beroep',
  replaceWarning: 'Je huidige lijst met vaardigheden wordt dan vervangen.',
  noSkills: 'Je hebt nog geen vaardigheden gekozen.',
  levelOption: (level: number) => `Niveau ${level}`,
  importanceLabel: 'Hoe belangrijk?',
  importance: ['Handig', 'Belangrijk', 'Heel belangrijk'] as readonly string[],
  essentialLabel: 'Harde eis: zonder deze vaardigheid kan iemand dit werk niet doen',
  remove: (skill: string) => `Haal ${skill} weg`,
  addLabel: 'Vaardigheid toevoegen',
  addChoose: 'Kies een vaardigheid',
  add: 'Voeg toe',
};

const en: typeof nl = {
  templateNeeds: (title) => `This is what ${title} asks for:`,
  useTemplate: 'Use this occupation',
  replaceWarning: 'This replaces your current list of skills.',
  noSkills: 'You have not chosen any skills yet.',
  levelOption: (level) => `Level ${level}`,
  importanceLabel: 'How important?',
  importance: ['Nice to have', 'Important', 'Very important'],
  essentialLabel: 'Must have: without this skill a person cannot do this work',
  remove: (skill) => `Remove ${skill}`,
  addLabel: 'Add a skill',
  addChoose: 'Choose a skill',
  add: 'Add',
};

export default { nl, en };
