import type { Skill } from '@pfw/contract';

/** The soft skills of the skill language. Texts at B1, Dutch first. */
export const skills: Skill[] = [
  {
    id: 'working-together',
    kind: 'soft',
    group: 'social-communication',
    label: { nl: 'Samenwerken', en: 'Working together' },
    description: { nl: 'Je werkt goed met anderen aan een taak.', en: 'You work well with others on a task.' },
    strength: { nl: 'Je helpt je team en je deelt je werk.', en: 'You help your team and share the work.' },
    levels: [
      { nl: 'Je werkt mee als iemand je zegt wat je moet doen.', en: 'You join in when someone tells you what to do.' },
      { nl: 'Je doet je eigen deel van het werk in een team.', en: 'You do your own part of the work in a team.' },
      { nl: 'Je helpt een collega als die vastloopt.', en: 'You help a colleague who gets stuck.' },
      { nl: 'Je maakt afspraken met het team over wie wat doet.', en: 'You agree with the team who does what.' },
      { nl: 'Je helpt een team om samen een goed resultaat te halen.', en: 'You help a team reach a good result together.' },
    ],
  },
];
