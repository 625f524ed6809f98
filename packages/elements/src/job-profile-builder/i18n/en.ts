import type { Messages } from './nl.js';

const en: Messages = {
  heading: 'Vacancy in skills',
  fields: {
    title: 'Title',
    region: 'Region',
    hoursMin: 'Hours a week, at least',
    hoursMax: 'Hours a week, at most',
    startDate: 'Start date',
    description: 'Short text',
    requirements: 'Skills',
    occupationId: 'Occupation',
    level: (skill) => `Level of ${skill}`,
    importance: (skill) => `Importance of ${skill}`,
  },
  status: { draft: 'Draft', published: 'Published', closed: 'Closed' },
  statusLabel: (s) => `Status: ${s}.`,

  startLegend: 'Start from an occupation or start empty',
  startHint: 'An occupation gives you a list of skills. You can change that list afterwards.',
  fromScratch: 'Start empty',
  fromScratchWarning: 'This removes what you have chosen so far.',
  fromScratchConfirm: 'Yes, start empty',

  aboutLegend: 'About the job',
  titleHint: 'For example: Paver in Eindhoven',
  regionHint: 'A town or province.',
  hoursLegend: 'Hours a week',
  hoursFrom: 'At least',
  hoursTo: 'At most',
  descriptionHint: 'What kind of work is it? At most 2000 characters.',

  skillsLegend: 'Skills',
  loadingSkills: 'One moment. We are loading the skills.',

  previewHeading: 'Who fits?',
  previewNeedsSkills: 'Choose skills to see how many people fit well.',
  publishNeedsLogin: 'Sign in as an employer to publish. What you filled in stays.',
  previewNeedsLogin: 'Sign in as an employer to see how many people fit well.',
  previewCounting: 'Counting…',
  preview: (strong, total) =>
    total === 0
      ? 'There is nobody in the talent pool yet.'
      : `${strong} of the ${total} ${total === 1 ? 'person' : 'people'} in the talent pool ${strong === 1 ? 'fits' : 'fit'} this profile well.`,
  previewFailed: 'Counting does not work right now.',

  errorsHeading: 'This is not right yet:',
  savedLocal: 'Kept on this device.',
  savedServer: (time) => `Saved at ${time}.`,
  saving: 'Saving…',
  saveFailed: 'Saving does not work right now. Your changes are safe on this device. We will try again soon.',
  restored: 'We put back your changes that were not saved yet.',
  loadFailed: 'The vacancy cannot be loaded right now.',
  retry: 'Try again',
  publish: 'Publish',
  publishChanges: 'Publish changes',
  pendingNote: 'Saved, not published yet. Candidates see the vacancy as it was.',
  publishAgain: 'Publish again',
  close: 'Close vacancy',
  published: (title) => `"${title}" is published. Candidates can find it now.`,
  closed: (title) => `"${title}" is closed.`,
  closedNote: 'This vacancy is closed. Publish it again to change it.',
  actionFailed: 'That does not work right now. Try again in a moment.',

  issue: {
    required: (field) => `${field}: fill this in.`,
    tooShort: (field, min) => `${field}: use at least ${min} characters.`,
    tooLong: (field, max, now) => `${field}: use at most ${max} characters. Now there are ${now}.`,
    noSkills: 'Skills: choose at least one skill.',
    tooManySkills: (max) => `Skills: choose at most ${max} skills.`,
    range: (field, min, max) => `${field}: choose a whole number from ${min} to ${max}.`,
    hoursOrder: 'Hours a week: the minimum is higher than the maximum.',
    date: (field) => `${field}: this is not a valid date.`,
    other: (field) => `${field}: this is not right.`,
  },
};
export default en;
