/** English texts: the learning culture scan as employees answer it. */
import type { Messages } from './nl.js';

const en: Messages = {
  answerTitle: 'Learning in your work',
  loading: 'One moment. We are getting the questions.',
  title: (company: string) => `Learning at ${company}`,
  intro: 'What is it like to learn in your work? For each sentence, say how much you agree. It takes about 5 minutes.',
  anonymous:
    'You take part anonymously. We do not ask your name or e-mail. Your employer only sees what all colleagues answer together. And only once at least 5 colleagues took part.',
  skip: 'Not sure? Then skip the sentence.',
  minimum: (min, of) => `But answer at least ${min} of the ${of} sentences.`,
  begin: 'Start',
  part: (n, of) => `Part ${n} of ${of}`,
  answered: (n, of) => `${n} of ${of} sentences answered`,
  previous: 'Back',
  next: 'Next',
  send: 'Send my answers',
  tooFew: (min, n) =>
    `Answer at least ${min} sentences. You have answered ${n}. The first sentence without an answer is below.`,
  thanks: 'Thank you!',
  thanksText: 'Your answers are saved. Your name is not with them anywhere. You can close this page now.',
  already:
    'You already took part on this device. Thank you! Does a colleague want to take part too? They open the link on their own phone or computer. That way everyone counts once.',
  closed: 'This scan is closed. You can no longer take part.',
  noScan: 'This link does not work. Ask your employer for a new link.',
  failed: 'It does not work right now. Please try again later.',
  sendFailed: 'Sending did not work. Your answers are still here. Please try again.',
  retry: 'Try again',
  readAloud: 'Read aloud',

  noVoice: 'Your browser has no voice to read this language aloud.',
  deskTitle: 'Learning culture in your company',
};

export default en;
