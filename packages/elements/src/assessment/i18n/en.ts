import type { GameMechanic } from '@pfw/contract';
import type { Messages } from './nl.js';

/** English texts of the assessment. */
const en: Messages = {
  welcomeTitle: 'Find out what you are good at',
  welcomeIntro:
    'You get short questions, situations from work and a few games. They show what you like and which skills you have.',
  welcomeTime: 'It takes about 12 minutes. You can stop at any time and go on later.',
  welcomePrivacy:
    'You do not need to give your name. Your answers are kept on this device first. We never look at your face, your voice or your feelings.',
  start: 'Start',
  resume: 'Go on where you were',
  loading: 'One moment. We are getting the questions.',
  readAloud: 'Read aloud',
  stopReading: 'Stop reading',
  choiceHelp: 'Both can be true. Choose what fits you best.',
  rankBestHelp: 'All three can be true. First choose what fits you best.',
  rankLeast: 'And which is least like you?',
  rankLeastHelp: 'Choose from the other two.',
  rankPicked: 'Fits you best',
  rankAgain: 'Choose again',
  sceneQuestion: 'What do you do?',
  itemOf: (n) => `Question ${n}`,
  progressLabel: 'How far you are',
  progress: (percent) => `${percent}% done`,
  milestones: {
    25: 'Good going! A quarter is done.',
    50: 'Great! You are halfway.',
    75: 'Almost done. Keep going!',
  },
  saved: 'Your answers are saved.',
  offline: 'No connection. Your answers are safe on this device. We send them as soon as we can.',
  rejected: (detail) => `The server did not accept this answer: ${detail}. Your answer is still on this device.`,
  expiredTitle: 'This test has expired',
  expiredText:
    'Nothing happened for a while, so the test stopped. Start again: the test chooses new questions for you.',
  continue: 'Start again',
  finishing: 'Done! We are making your skillprint.',
  gameResult: (good: number, total: number) => `${good} of ${total} right`,
  gamePraise: {
    sorting: 'You work precisely.',
    risk: 'You work safely.',
    planning: 'You plan smartly.',
  } as Record<GameMechanic, string>,
  gameEffort: 'Good that you kept going. That is how you learn fastest.',
  pause: 'Pause',
  pausedTitle: 'Paused',
  pausedText: 'Your test is on hold. Everything is saved. You can also close this page and go on later.',
  easyReading: 'Larger text',
  breakTitle: 'You are about halfway. Well done!',
  breakText: 'Take a break if you like. Everything you did is saved. You can also go on later.',
  breakNext: 'Next come a few questions about what you like to do.',
  goOn: 'Go on',
  waitingTitle: 'Waiting for the next question',
  waitingForSteps: 'No connection. Your answers are safe. We go on as soon as the internet is back.',
  doneTitle: 'Your skillprint is ready',
  doneText: 'Well done! Now see what you are strong at.',
  showSkillprint: 'See your skillprint',
  again: 'Take the test again',
  errorTitle: 'Something went wrong',
  errorText: 'It does not work right now. Your answers are safe. Try again in a moment.',
  retry: 'Try again',
  noAccess: 'This test cannot start here. The website still has to set a key.',
  gameTitles: { sorting: 'Game: sorting', risk: 'Game: working safely', planning: 'Game: smart planning' } as Record<
    GameMechanic,
    string
  >,
  /** How each game is played, on its instruction screen. */
  gameHow: {
    sorting:
      'You see a box with a code. Tap the bin with exactly the same code. There is no time limit: only right answers count. Look closely, the codes look alike.',
    risk: 'You see a situation at work. Choose how to do the work safely. There is no time limit.',
    planning:
      'Put the steps in the right order. Use the up and down buttons. Each time you move something is one move. Try to use as few moves as you can.',
  } as Record<GameMechanic, string>,
  gamePractice: 'First a short practice. It does not count.',
  gameReady: 'Now it counts. Good luck!',
  startPractice: 'Practise',
  startGame: 'Start the game',
  right: 'Well done!',
  wrong: (answer) => `Not right. The right answer was: ${answer}.`,
  trial: (n, of) => `${n} of ${of}`,
  sortingPart: (code) => `Box ${code}`,
  sortingBins: 'Bins',
  up: (step) => `${step} up`,
  down: (step) => `${step} down`,
  moves: (n) => (n === 1 ? '1 move' : `${n} moves`),
  checkOrder: 'Done',
  notYet: 'Not right yet. Look at the order again.',
  skipPuzzle: 'Skip this one',
  moved: (step, position) => `${step} is now in place ${position}.`,
};
export default en;
