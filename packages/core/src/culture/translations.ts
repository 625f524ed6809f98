/**
 * The employees' statements and the five answers in the other reading languages (#25): Arabic,
 * Turkish, Polish and Ukrainian, written for meaning in plain words, each keeping its statement's
 * direction (a statement keyed the other way stays negative). The management version is read by
 * the employer, in Dutch or English.
 */
import type { ReadingLang } from '../domain.js';

type Translated = Record<Exclude<ReadingLang, 'nl' | 'en'>, string>;

export const employeeTranslations: Readonly<Record<string, Translated>> = {
  'law-1': {
    ar: 'أتعلّم أشياء جديدة في عملي.',
    tr: 'İşimde yeni şeyler öğreniyorum.',
    pl: 'W pracy uczę się nowych rzeczy.',
    uk: 'На роботі я вчуся новому.',
  },
  'law-2': {
    ar: 'يُسمح لي أن أجرّب مهامّ جديدة.',
    tr: 'Yeni işler denememe izin veriliyor.',
    pl: 'Mogę próbować nowych zadań.',
    uk: 'Мені можна пробувати нові завдання.',
  },
  'law-3': {
    ar: 'الخطأ مسموح هنا، إذا تعلّمت منه.',
    tr: 'Burada hata yapmak serbest, yeter ki ondan öğren.',
    pl: 'Tutaj można popełnić błąd, jeśli się z niego uczysz.',
    uk: 'Тут можна помилитися, якщо ти з цього вчишся.',
  },
  'law-4': {
    ar: 'أقوم بنفس العمل كل يوم.',
    tr: 'Her gün aynı işi yapıyorum.',
    pl: 'Codziennie robię tę samą pracę.',
    uk: 'Я щодня роблю ту саму роботу.',
  },
  'fb-1': {
    ar: 'أسمع كيف أقوم بعملي.',
    tr: 'İşimi nasıl yaptığımı duyuyorum.',
    pl: 'Słyszę, jak wykonuję swoją pracę.',
    uk: 'Мені кажуть, як я виконую свою роботу.',
  },
  'fb-2': {
    ar: 'أجرؤ أن أقول لزميل ما يمكن أن يكون أفضل.',
    tr: 'Bir iş arkadaşıma neyin daha iyi olabileceğini söylemeye cesaret ederim.',
    pl: 'Odważę się powiedzieć koledze, co mogłoby być lepsze.',
    uk: 'Я наважуюся сказати колезі, що можна зробити краще.',
  },
  'fb-3': {
    ar: 'مديري يسألني ما رأيي فيه.',
    tr: 'Yöneticim onun hakkında ne düşündüğümü soruyor.',
    pl: 'Mój szef pyta, co o nim myślę.',
    uk: 'Мій керівник питає, що я про нього думаю.',
  },
  'fb-4': {
    ar: 'لا أسمع شيئًا إلا عندما يحدث خطأ.',
    tr: 'Sadece bir şey ters gittiğinde bir şey duyuyorum.',
    pl: 'Słyszę coś tylko wtedy, gdy coś pójdzie źle.',
    uk: 'Я чую щось лише тоді, коли щось іде не так.',
  },
  'lt-1': {
    ar: 'أتعلّم كثيرًا من زملائي.',
    tr: 'İş arkadaşlarımdan çok şey öğreniyorum.',
    pl: 'Dużo uczę się od kolegów.',
    uk: 'Я багато вчуся від колег.',
  },
  'lt-2': {
    ar: 'نبحث معًا كيف نقوم بالأشياء بشكل أفضل.',
    tr: 'İşleri nasıl daha iyi yapacağımızı birlikte buluyoruz.',
    pl: 'Razem szukamy, jak robić coś lepiej.',
    uk: 'Ми разом шукаємо, як робити щось краще.',
  },
  'lt-3': {
    ar: 'بعد كل عمل نتكلم عمّا سار بشكل جيد.',
    tr: 'Bir işten sonra neyin iyi gittiğini konuşuyoruz.',
    pl: 'Po zleceniu rozmawiamy o tym, co poszło dobrze.',
    uk: 'Після роботи ми говоримо про те, що вдалося.',
  },
  'lt-4': {
    ar: 'كل واحد هنا يعمل غالبًا لنفسه.',
    tr: 'Burada herkes çoğunlukla kendisi için çalışıyor.',
    pl: 'Tutaj każdy pracuje głównie dla siebie.',
    uk: 'Тут кожен працює переважно сам на себе.',
  },
  'sk-1': {
    ar: 'زملائي يحبّون أن يشرحوا لي الأشياء.',
    tr: 'İş arkadaşlarım bana bir şeyler anlatmayı seviyor.',
    pl: 'Koledzy chętnie mi coś tłumaczą.',
    uk: 'Колеги охоче мені щось пояснюють.',
  },
  'sk-2': {
    ar: 'ما أعرفه أشاركه مع زملائي.',
    tr: 'Bildiklerimi iş arkadaşlarımla paylaşıyorum.',
    pl: 'To, co wiem, dzielę z kolegami.',
    uk: 'Те, що я знаю, я передаю колегам.',
  },
  'sk-3': {
    ar: 'أعرف أين أجد المساعدة.',
    tr: 'Nereden yardım bulacağımı biliyorum.',
    pl: 'Wiem, gdzie znaleźć pomoc.',
    uk: 'Я знаю, де знайти допомогу.',
  },
  'sk-4': {
    ar: 'بعض المعرفة موجودة فقط في رأس زميل واحد.',
    tr: 'Bazı bilgiler sadece tek bir iş arkadaşının kafasında.',
    pl: 'Część wiedzy jest tylko w głowie jednego kolegi.',
    uk: 'Деякі знання є лише в голові одного колеги.',
  },
  'au-1': {
    ar: 'يُسمح لي أن أقرّر كيف أقوم بعملي.',
    tr: 'İşimi nasıl yapacağıma ben karar verebilirim.',
    pl: 'Mogę decydować, jak wykonuję swoją pracę.',
    uk: 'Я можу вирішувати, як виконувати свою роботу.',
  },
  'au-2': {
    ar: 'يستعملون أفكاري.',
    tr: 'Fikirlerim kullanılıyor.',
    pl: 'Moje pomysły są wykorzystywane.',
    uk: 'Мої ідеї використовують.',
  },
  'au-3': {
    ar: 'أستطيع أن أحلّ مشكلة بنفسي.',
    tr: 'Bir sorunu kendim çözebilirim.',
    pl: 'Sam potrafię rozwiązać problem.',
    uk: 'Я можу розв’язати проблему самостійно.',
  },
  'au-4': {
    ar: 'لكل شيء يجب أن أطلب الإذن أولًا.',
    tr: 'Her şey için önce izin istemem gerekiyor.',
    pl: 'Na wszystko muszę najpierw prosić o zgodę.',
    uk: 'На все я мушу спершу питати дозволу.',
  },
  'ls-1': {
    ar: 'أحصل على وقت لأتعلّم شيئًا جديدًا.',
    tr: 'Yeni bir şey öğrenmek için zaman veriliyor.',
    pl: 'Dostaję czas, żeby nauczyć się czegoś nowego.',
    uk: 'Мені дають час, щоб навчитися чогось нового.',
  },
  'ls-2': {
    ar: 'مديري يتكلم معي عمّا أريد أن أتعلّمه.',
    tr: 'Yöneticim benimle ne öğrenmek istediğimi konuşuyor.',
    pl: 'Mój szef rozmawia ze mną o tym, czego chcę się nauczyć.',
    uk: 'Мій керівник говорить зі мною про те, чого я хочу навчитися.',
  },
  'ls-3': {
    ar: 'هنا يدفعون ثمن دورة أو تدريب.',
    tr: 'Burada kurs ya da eğitim ücreti ödeniyor.',
    pl: 'Tutaj firma płaci za kurs lub szkolenie.',
    uk: 'Тут оплачують курс або навчання.',
  },
  'ls-4': {
    ar: 'هنا الشغل كثير جدًا ولا وقت للتعلّم.',
    tr: 'Burada öğrenmek için iş çok yoğun.',
    pl: 'Tutaj jest za dużo pracy na naukę.',
    uk: 'Тут забагато роботи, щоб учитися.',
  },
  'on-1': {
    ar: 'عندما بدأت، كنت أعرف ماذا أفعل.',
    tr: 'Başladığımda ne yapacağımı biliyordum.',
    pl: 'Na początku było dla mnie jasne, co mam robić.',
    uk: 'На початку мені було зрозуміло, що робити.',
  },
  'on-2': {
    ar: 'عندما بدأت، كان لي زميل واحد أسأله.',
    tr: 'Başladığımda sorularım için bir iş arkadaşım vardı.',
    pl: 'Na początku jedna osoba odpowiadała na moje pytania.',
    uk: 'На початку одна людина відповідала на мої запитання.',
  },
  'on-3': {
    ar: 'هنا يستقبلون الزملاء الجدد جيدًا.',
    tr: 'Burada yeni çalışanlar iyi karşılanıyor.',
    pl: 'Tutaj nowi koledzy są dobrze przyjmowani.',
    uk: 'Тут нових колег добре зустрічають.',
  },
  'on-4': {
    ar: 'هنا على الزميل الجديد أن يكتشف كل شيء وحده.',
    tr: 'Burada yeni bir çalışan her şeyi kendi başına çözmek zorunda.',
    pl: 'Tutaj nowy kolega musi sam wszystko rozgryźć.',
    uk: 'Тут новий колега мусить у всьому розбиратися сам.',
  },
};

/** "Helemaal oneens" … "Helemaal eens". */
export const answerTranslations: readonly Translated[] = [
  { ar: 'لا أوافق أبدًا', tr: 'Hiç katılmıyorum', pl: 'Zdecydowanie się nie zgadzam', uk: 'Зовсім не погоджуюся' },
  { ar: 'لا أوافق', tr: 'Katılmıyorum', pl: 'Nie zgadzam się', uk: 'Не погоджуюся' },
  { ar: 'محايد', tr: 'Kararsızım', pl: 'Ani tak, ani nie', uk: 'Ні так, ні ні' },
  { ar: 'أوافق', tr: 'Katılıyorum', pl: 'Zgadzam się', uk: 'Погоджуюся' },
  { ar: 'أوافق تمامًا', tr: 'Tamamen katılıyorum', pl: 'Zdecydowanie się zgadzam', uk: 'Повністю погоджуюся' },
];
