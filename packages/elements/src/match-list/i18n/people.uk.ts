/** Ukrainian texts of requests, shared details and applications, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PeopleMessages } from './people.js';

const uk: PeopleMessages = {
  requestsCount: (n: number) =>
    n === 1 ? 'Роботодавець хоче познайомитися (1)' : `Роботодавці хочуть познайомитися (${n})`,
  interested: 'Мене це цікавить',
  applicants: (n: number) => `Люди, яких цікавить ця вакансія (${n})`,
  invite: 'Запросити',
  declineApplicant: 'Відхилити',
  invited: (who: string) => `${who} отримує запрошення і бачить ваш запит.`,
  declinedApplicant: (who: string) => `${who} отримає ввічливе повідомлення, що зараз це не підходить.`,
  applied: 'Ваш інтерес надіслано. Роботодавець бачить ваш бал, але не ваше ім’я.',
  appliedBefore: 'Ви вже показали інтерес до цієї вакансії.',
  applyJoinPool:
    'Роботодавці ще не можуть вас знайти. Спершу дозвольте роботодавцям знаходити вас. Потім ви зможете показати свою зацікавленість.',
  appliedShown: 'Ви показали інтерес',
  undo: 'Відкликати',
  undoAsk: 'Ви впевнені? Тоді роботодавець більше не бачитиме вашого інтересу.',
  undoYes: 'Так, відкликати',
  undoNo: 'Ні, залишити',
  undone: 'Ваш інтерес відкликано. Роботодавець більше його не бачить.',
  requestFrom: (employer: string, job: string) => `${employer} хоче поговорити з вами про вакансію «${job}».`,
  shareWhat: 'Якщо ви скажете «так», роботодавець побачить увесь ваш skillprint і отримає ці дані:',
  name: 'Ваше ім’я',
  email: 'Ваша адреса e-mail',
  phone: 'Ваш номер телефону (можна не вказувати)',
  accept: 'Так, поділитися моїми даними',
  decline: 'Ні, краще не треба',
  sharedWith: 'Роботодавці, з якими ви ділитеся даними',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} тепер бачить і ваше ім’я, контакти та весь skillprint (для вакансії «${job}»).`,
  withdraw: 'Більше не ділитися',
  withdrawn: (employer: string) =>
    `Ви більше не ділитеся даними з ${employer}. Роботодавець більше не бачить вашого імені й контактів. І ви більше не в списку цього роботодавця.`,
  accepted: 'Ви сказали «так». Роботодавець зв’яжеться з вами.',
  declined: (employer: string) =>
    `Ви сказали «ні» (${employer}). Роботодавець бачить лише вашу відповідь, а не ваше ім’я.`,
  requestAsk: (who: string) =>
    `${who} отримає повідомлення, що ви хочете познайомитися щодо цієї роботи. Побачить вашу назву і роботу. Лише коли ${who} скаже так, ви побачите ім’я, e-mail і номер телефону.`,
  requestYes: 'Так, надіслати запит',
  sendRequest: 'Надіслати запит',
  requested: 'Запит надіслано. Чекаємо на відповідь.',
  statuses: {
    requested: 'Чекає на відповідь',
    accepted: 'Прийнято',
    declined: 'Відхилено',
    withdrawn: 'Відкликано',
    expired: 'Строк минув',
  },
  identity: 'Контактні дані',
  whole: 'Усі навички зі skillprint',
  wholeLevel: (n: number) => `рівень ${n} з 5`,
  withdrawAsk: (employer: string) =>
    `Більше не ділитися? Тоді ${employer} більше не бачитиме вашого імені й контактів. І ви більше не будете в списку цього роботодавця.`,
  withdrawYes: 'Так, більше не ділитися',
  withdrawNo: 'Ні, залишити',
  nameMissing: 'Вкажіть своє ім’я.',
  nameTooLong: (max: number) => `Ім’я задовге. Використайте не більше ${max} знаків.`,
  emailMissing: 'Вкажіть свою адресу e-mail.',
  emailWrong: 'Ця адреса e-mail неправильна. Правильна адреса має такий вигляд: imya@pryklad.nl.',
  phoneDigits: (min: number) => `Введіть номер телефону щонайменше з ${min} цифр або залиште поле порожнім.`,
  phoneLong: (max: number) => `Цей номер телефону задовгий. Використайте не більше ${max} знаків.`,
  fieldWrong: 'Тут ще щось не так. Перевірте, будь ласка.',
  checkFields: (n: number) =>
    n === 1
      ? 'Одне поле ще заповнене неправильно. Перевірте його.'
      : `Неправильно заповнених полів: ${n}. Перевірте їх.`,
  failed: 'Зараз не вдалося. Спробуйте пізніше.',
};
export default uk;
