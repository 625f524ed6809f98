/**
 * The portal's own texts in the languages its widgets speak (#25). The widgets translate
 * themselves; a partner page with a language chooser must translate what it asks too: a job
 * seeker who reads Arabic said yes to the talent pool, the research and erasure in Dutch. An
 * element with `data-text="key"` gets the text of that key; the page's messages come from `say`.
 * Not yet reviewed by native speakers.
 */
export type PageLang = 'nl' | 'en' | 'ar' | 'tr' | 'pl' | 'uk';

const nl = {
  title: 'Ontdek je talenten',
  test: '1. Speel de test',
  skillprint: '2. Jouw skillprint',
  retakeText: 'Wil je de hele test nog een keer doen? Dat mag. Daarna zie je hier je nieuwe skillprint.',
  retake: 'Doe de test opnieuw',
  pool: '3. Laat werkgevers je vinden',
  poolText:
    'Werkgevers zien een schuilnaam en hoe goed je skillprint past bij hun werk. Zeg je ja op een verzoek? Dan ziet die werkgever ook je naam, je hele skillprint en de contactgegevens die jij invult. Je kunt altijd weer stoppen.',
  region: 'Waar wil je werken?',
  hours: 'Hoeveel uur per week?',
  min: 'Minimaal',
  max: 'Maximaal',
  start: 'Wanneer kun je beginnen?',
  now: 'Nu',
  month: 'Binnen een maand',
  months: 'Binnen drie maanden',
  poolConsent: 'Ik wil dat werkgevers mijn skillprint (zonder naam) kunnen zien en mij een verzoek kunnen sturen.',
  join: 'Doe mee',
  save: 'Bewaar',
  leave: 'Stop: werkgevers vinden me niet meer',
  leaveAsk: 'Weet je het zeker? Werkgevers vinden je dan niet meer.',
  yesStop: 'Ja, stop',
  no: 'Nee',
  jobs: '4. Vacatures',
  careers: '5. Beroepen',
  careersText: 'Ook beroepen in een andere sector. Onder elk beroep zie je de vacatures.',
  learning: 'Leer verder',
  learningText: 'Kies een doel. Je ziet welke stappen je nog moet zetten en hoe je ze leert.',
  remeasure: 'Meet opnieuw',
  research: 'Help de test eerlijk te maken',
  researchText:
    'Dit mag, het hoeft niet. We kijken of de test voor iedereen even goed werkt, bijvoorbeeld voor jong en oud. En we maken de test beter met wat je in de test koos. Werkgevers zien je antwoorden op deze vragen nooit. Ze tellen niet mee in je skillprint en niet bij banen. Je kunt altijd stoppen. Dan wissen we ze.',
  researchConsent: 'Ik doe mee aan het onderzoek naar eerlijkheid.',
  preferNot: 'Zeg ik liever niet',
  researchJoin: 'Doe mee aan het onderzoek',
  researchStop: 'Stop met het onderzoek',
  researchRound: 'Nog een paar vragen, als je wilt',
  data: 'Jouw gegevens',
  dataText: 'Download alles wat we van je bewaren, of wis alles. Wissen kan niet ongedaan worden.',
  export: 'Download mijn gegevens',
  erase: 'Wis al mijn gegevens',
  again: 'Opnieuw beginnen',
  againText: 'Al je gegevens zijn gewist. Je skillprint, je antwoorden en je verzoeken zijn weg.',
  againTest: 'Wil je de test nog een keer doen? Dan begin je helemaal opnieuw.',
  againLink: 'Begin opnieuw',
  // Messages the page says.
  joined: 'Je doet mee. Werkgevers kunnen je vinden. Ze zien jou als {name}, tot jij ja zegt.',
  left: 'Je doet niet meer mee. Werkgevers vinden je niet meer.',
  failedLater: 'Dat lukte niet. Probeer het later nog eens.',
  failedCheck: 'Dat lukte niet. Kijk of alles goed is ingevuld en probeer het opnieuw.',
  failed: 'Dat lukte niet: {reason}',
  researchJoined: 'Bedankt, je doet mee. Je kunt altijd stoppen.',
  researchLeft: 'Je doet niet meer mee. Wat je gaf, is gewist.',
  exported: 'Je gegevens zijn gedownload.',
  eraseAsk:
    'Weet je het zeker? We wissen alles wat we van je hebben: je skillprint en je antwoorden, je leerplan, je verzoeken en sollicitaties, je coach en wat die over je schreef, en wat je school bevestigde. Zei je al ja tegen een werkgever? Die kreeg toen je naam en contactgegevens. Vraag die werkgever zelf om ze te wissen.',
};

export type PageTexts = typeof nl;

const en: PageTexts = {
  title: 'Discover your talents',
  test: '1. Play the test',
  skillprint: '2. Your skillprint',
  retakeText: 'Do you want to do the whole test again? You may. Then you see your new skillprint here.',
  retake: 'Do the test again',
  pool: '3. Let employers find you',
  poolText:
    'Employers see a made-up name and how well your skillprint fits their work. Do you say yes to a request? Then that employer also sees your name, your whole skillprint and the contact details you fill in. You can always stop again.',
  region: 'Where do you want to work?',
  hours: 'How many hours a week?',
  min: 'At least',
  max: 'At most',
  start: 'When can you start?',
  now: 'Now',
  month: 'Within a month',
  months: 'Within three months',
  poolConsent: 'I want employers to see my skillprint (without my name) and to be able to send me a request.',
  join: 'Take part',
  save: 'Save',
  leave: 'Stop: employers no longer find me',
  leaveAsk: 'Are you sure? Then employers no longer find you.',
  yesStop: 'Yes, stop',
  no: 'No',
  jobs: '4. Vacancies',
  careers: '5. Occupations',
  careersText: 'Also occupations in another sector. Under each occupation you see its vacancies.',
  learning: 'Keep learning',
  learningText: 'Choose a goal. You see which steps you still need to take and how to learn them.',
  remeasure: 'Measure again',
  research: 'Help make the test fair',
  researchText:
    'You may, you do not have to. We check whether the test works equally well for everyone, for example for young and old. And we make the test better with what you chose in the test. Employers never see your answers to these questions. They do not count in your skillprint or for jobs. You can always stop. Then we erase them.',
  researchConsent: 'I take part in the research into fairness.',
  preferNot: 'I would rather not say',
  researchJoin: 'Take part in the research',
  researchStop: 'Stop the research',
  researchRound: 'A few more questions, if you like',
  data: 'Your data',
  dataText: 'Download everything we keep about you, or erase everything. Erasing cannot be undone.',
  export: 'Download my data',
  erase: 'Erase all my data',
  again: 'Start again',
  againText: 'All your data is erased. Your skillprint, your answers and your requests are gone.',
  againTest: 'Do you want to do the test again? Then you start all over.',
  againLink: 'Start again',
  joined: 'You take part. Employers can find you. They see you as {name}, until you say yes.',
  left: 'You no longer take part. Employers no longer find you.',
  failedLater: 'That did not work. Please try again later.',
  failedCheck: 'That did not work. Check that everything is filled in well and try again.',
  failed: 'That did not work: {reason}',
  researchJoined: 'Thank you, you take part. You can always stop.',
  researchLeft: 'You no longer take part. What you gave is erased.',
  exported: 'Your data is downloaded.',
  eraseAsk:
    'Are you sure? We erase everything we have about you: your skillprint and your answers, your learning plan, your requests and applications, your coach and what they wrote about you, and what your school confirmed. Did you already say yes to an employer? They got your name and contact details then. Ask that employer yourself to erase them.',
};

const ar: PageTexts = {
  title: 'اكتشف مواهبك',
  test: '1. العب الاختبار',
  skillprint: '2. بصمة مهاراتك',
  retakeText: 'هل تريد أن تعيد الاختبار كله؟ يمكنك ذلك. بعدها ترى هنا بصمة مهاراتك الجديدة.',
  retake: 'أعد الاختبار',
  pool: '3. دع أصحاب العمل يجدونك',
  poolText:
    'يرى أصحاب العمل اسمًا مستعارًا ومدى ملاءمة بصمة مهاراتك لعملهم. هل توافق على طلب؟ عندها يرى صاحب العمل هذا أيضًا اسمك وبصمة مهاراتك كاملة وبيانات التواصل التي تكتبها. يمكنك أن تتوقف في أي وقت.',
  region: 'أين تريد أن تعمل؟',
  hours: 'كم ساعة في الأسبوع؟',
  min: 'على الأقل',
  max: 'على الأكثر',
  start: 'متى يمكنك أن تبدأ؟',
  now: 'الآن',
  month: 'خلال شهر',
  months: 'خلال ثلاثة أشهر',
  poolConsent: 'أريد أن يرى أصحاب العمل بصمة مهاراتي (بدون اسمي) وأن يستطيعوا إرسال طلب لي.',
  join: 'شارك',
  save: 'احفظ',
  leave: 'أوقف: لا يجدني أصحاب العمل بعد الآن',
  leaveAsk: 'هل أنت متأكد؟ عندها لن يجدك أصحاب العمل.',
  yesStop: 'نعم، أوقف',
  no: 'لا',
  jobs: '4. الوظائف الشاغرة',
  careers: '5. المهن',
  careersText: 'مهن في قطاعات أخرى أيضًا. تحت كل مهنة ترى الوظائف الشاغرة.',
  learning: 'واصل التعلّم',
  learningText: 'اختر هدفًا. ترى الخطوات التي ما زلت تحتاجها وكيف تتعلّمها.',
  remeasure: 'قِس مرة أخرى',
  research: 'ساعد في جعل الاختبار عادلًا',
  researchText:
    'هذا اختياري. نتحقق مما إذا كان الاختبار يعمل بنفس الجودة للجميع، مثلًا للصغار والكبار. ونحسّن الاختبار بما اخترته فيه. لا يرى أصحاب العمل إجاباتك على هذه الأسئلة أبدًا. لا تُحسب في بصمة مهاراتك ولا في الوظائف. يمكنك أن تتوقف في أي وقت. عندها نمسحها.',
  researchConsent: 'أشارك في البحث عن العدالة.',
  preferNot: 'أفضّل ألا أقول',
  researchJoin: 'شارك في البحث',
  researchStop: 'أوقف المشاركة في البحث',
  researchRound: 'بعض الأسئلة الأخرى، إذا أردت',
  data: 'بياناتك',
  dataText: 'نزّل كل ما نحفظه عنك، أو امسح كل شيء. لا يمكن التراجع عن المسح.',
  export: 'نزّل بياناتي',
  erase: 'امسح كل بياناتي',
  again: 'ابدأ من جديد',
  againText: 'تم مسح كل بياناتك. بصمة مهاراتك وإجاباتك وطلباتك لم تعد موجودة.',
  againTest: 'هل تريد أن تعيد الاختبار؟ عندها تبدأ من البداية.',
  againLink: 'ابدأ من جديد',
  joined: 'أنت مشارك. يمكن لأصحاب العمل أن يجدوك. يرونك باسم {name}، حتى توافق أنت.',
  left: 'لم تعد مشاركًا. لا يجدك أصحاب العمل بعد الآن.',
  failedLater: 'لم ينجح ذلك. حاول مرة أخرى لاحقًا.',
  failedCheck: 'لم ينجح ذلك. تأكد من أن كل شيء مكتوب بشكل صحيح وحاول مرة أخرى.',
  failed: 'لم ينجح ذلك: {reason}',
  researchJoined: 'شكرًا، أنت مشارك. يمكنك أن تتوقف في أي وقت.',
  researchLeft: 'لم تعد مشاركًا. تم مسح ما أعطيته.',
  exported: 'تم تنزيل بياناتك.',
  eraseAsk:
    'هل أنت متأكد؟ نمسح كل ما لدينا عنك: بصمة مهاراتك وإجاباتك، وخطة تعلّمك، وطلباتك، ومرشدك وما كتبه عنك، وما أكّدته مدرستك. هل وافقت من قبل على طلب صاحب عمل؟ عندها حصل على اسمك وبيانات التواصل. اطلب من صاحب العمل هذا بنفسك أن يمسحها.',
};

const tr: PageTexts = {
  title: 'Yeteneklerini keşfet',
  test: '1. Testi oyna',
  skillprint: '2. Beceri profilin',
  retakeText: 'Testin tamamını tekrar yapmak mı istiyorsun? Yapabilirsin. Sonra yeni beceri profilini burada görürsün.',
  retake: 'Testi tekrar yap',
  pool: '3. İşverenler seni bulsun',
  poolText:
    'İşverenler bir takma ad ve beceri profilinin işlerine ne kadar uyduğunu görür. Bir talebe evet mi diyorsun? O zaman o işveren adını, beceri profilinin tamamını ve yazdığın iletişim bilgilerini de görür. İstediğin zaman durdurabilirsin.',
  region: 'Nerede çalışmak istiyorsun?',
  hours: 'Haftada kaç saat?',
  min: 'En az',
  max: 'En çok',
  start: 'Ne zaman başlayabilirsin?',
  now: 'Hemen',
  month: 'Bir ay içinde',
  months: 'Üç ay içinde',
  poolConsent: 'İşverenlerin beceri profilimi (adım olmadan) görmesini ve bana talep gönderebilmesini istiyorum.',
  join: 'Katıl',
  save: 'Kaydet',
  leave: 'Durdur: işverenler beni artık bulmasın',
  leaveAsk: 'Emin misin? O zaman işverenler seni artık bulamaz.',
  yesStop: 'Evet, durdur',
  no: 'Hayır',
  jobs: '4. İş ilanları',
  careers: '5. Meslekler',
  careersText: 'Başka sektörlerdeki meslekler de. Her mesleğin altında iş ilanlarını görürsün.',
  learning: 'Öğrenmeye devam et',
  learningText: 'Bir hedef seç. Hangi adımların kaldığını ve bunları nasıl öğreneceğini görürsün.',
  remeasure: 'Tekrar ölç',
  research: 'Testin adil olmasına yardım et',
  researchText:
    'Bu isteğe bağlıdır. Testin herkes için, örneğin gençler ve yaşlılar için, aynı derecede iyi çalışıp çalışmadığına bakıyoruz. Testte seçtiklerinle testi daha iyi yapıyoruz. İşverenler bu sorulara verdiğin cevapları asla görmez. Beceri profilinde ve işlerde sayılmazlar. İstediğin zaman durdurabilirsin. O zaman onları sileriz.',
  researchConsent: 'Adillik araştırmasına katılıyorum.',
  preferNot: 'Söylememeyi tercih ederim',
  researchJoin: 'Araştırmaya katıl',
  researchStop: 'Araştırmayı durdur',
  researchRound: 'İstersen birkaç soru daha',
  data: 'Bilgilerin',
  dataText: 'Senin hakkında sakladığımız her şeyi indir ya da her şeyi sil. Silme geri alınamaz.',
  export: 'Bilgilerimi indir',
  erase: 'Tüm bilgilerimi sil',
  again: 'Yeniden başla',
  againText: 'Tüm bilgilerin silindi. Beceri profilin, cevapların ve taleplerin artık yok.',
  againTest: 'Testi tekrar yapmak mı istiyorsun? O zaman en baştan başlarsın.',
  againLink: 'Yeniden başla',
  joined: 'Katılıyorsun. İşverenler seni bulabilir. Sen evet diyene kadar seni {name} olarak görürler.',
  left: 'Artık katılmıyorsun. İşverenler seni artık bulamaz.',
  failedLater: 'Bu olmadı. Lütfen daha sonra tekrar dene.',
  failedCheck: 'Bu olmadı. Her şeyin doğru doldurulduğuna bak ve tekrar dene.',
  failed: 'Bu olmadı: {reason}',
  researchJoined: 'Teşekkürler, katılıyorsun. İstediğin zaman durdurabilirsin.',
  researchLeft: 'Artık katılmıyorsun. Verdiklerin silindi.',
  exported: 'Bilgilerin indirildi.',
  eraseAsk:
    'Emin misin? Senin hakkında sakladığımız her şeyi sileriz: beceri profilin ve cevapların, öğrenme planın, taleplerin ve başvuruların, koçun ve senin hakkında yazdıkları, okulunun onayladıkları. Bir işverene daha önce evet dedin mi? O işveren o zaman adını ve iletişim bilgilerini aldı. Bunları silmesini o işverenden kendin iste.',
};

const pl: PageTexts = {
  title: 'Odkryj swoje talenty',
  test: '1. Zagraj w test',
  skillprint: '2. Twój profil umiejętności',
  retakeText: 'Chcesz zrobić cały test jeszcze raz? Możesz. Potem zobaczysz tutaj swój nowy profil umiejętności.',
  retake: 'Zrób test jeszcze raz',
  pool: '3. Niech pracodawcy cię znajdą',
  poolText:
    'Pracodawcy widzą pseudonim i to, jak bardzo twój profil umiejętności pasuje do ich pracy. Zgadzasz się na prośbę? Wtedy ten pracodawca widzi też twoje imię i nazwisko, cały profil umiejętności i dane kontaktowe, które wpiszesz. Zawsze możesz to zatrzymać.',
  region: 'Gdzie chcesz pracować?',
  hours: 'Ile godzin tygodniowo?',
  min: 'Co najmniej',
  max: 'Najwyżej',
  start: 'Kiedy możesz zacząć?',
  now: 'Teraz',
  month: 'W ciągu miesiąca',
  months: 'W ciągu trzech miesięcy',
  poolConsent:
    'Chcę, żeby pracodawcy mogli zobaczyć mój profil umiejętności (bez nazwiska) i wysłać mi prośbę o kontakt.',
  join: 'Dołącz',
  save: 'Zapisz',
  leave: 'Zatrzymaj: pracodawcy już mnie nie znajdą',
  leaveAsk: 'Na pewno? Wtedy pracodawcy już cię nie znajdą.',
  yesStop: 'Tak, zatrzymaj',
  no: 'Nie',
  jobs: '4. Oferty pracy',
  careers: '5. Zawody',
  careersText: 'Także zawody w innej branży. Pod każdym zawodem widzisz oferty pracy.',
  learning: 'Ucz się dalej',
  learningText: 'Wybierz cel. Zobaczysz, jakie kroki jeszcze przed tobą i jak się ich nauczyć.',
  remeasure: 'Zmierz jeszcze raz',
  research: 'Pomóż uczynić test sprawiedliwym',
  researchText:
    'Możesz, ale nie musisz. Sprawdzamy, czy test działa tak samo dobrze dla wszystkich, na przykład dla młodych i starszych. I ulepszamy test dzięki temu, co w nim wybierasz. Pracodawcy nigdy nie widzą twoich odpowiedzi na te pytania. Nie liczą się w twoim profilu umiejętności ani przy ofertach pracy. Zawsze możesz przestać. Wtedy je usuniemy.',
  researchConsent: 'Biorę udział w badaniu sprawiedliwości.',
  preferNot: 'Wolę nie mówić',
  researchJoin: 'Weź udział w badaniu',
  researchStop: 'Zakończ udział w badaniu',
  researchRound: 'Jeszcze kilka pytań, jeśli chcesz',
  data: 'Twoje dane',
  dataText: 'Pobierz wszystko, co o tobie przechowujemy, albo usuń wszystko. Usunięcia nie można cofnąć.',
  export: 'Pobierz moje dane',
  erase: 'Usuń wszystkie moje dane',
  again: 'Zacznij od nowa',
  againText: 'Wszystkie twoje dane zostały usunięte. Twojego profilu, odpowiedzi i próśb już nie ma.',
  againTest: 'Chcesz zrobić test jeszcze raz? Wtedy zaczynasz od początku.',
  againLink: 'Zacznij od nowa',
  joined: 'Bierzesz udział. Pracodawcy mogą cię znaleźć. Widzą cię jako {name}, dopóki się nie zgodzisz.',
  left: 'Już nie bierzesz udziału. Pracodawcy już cię nie znajdą.',
  failedLater: 'Nie udało się. Spróbuj ponownie później.',
  failedCheck: 'Nie udało się. Sprawdź, czy wszystko jest dobrze wypełnione, i spróbuj ponownie.',
  failed: 'Nie udało się: {reason}',
  researchJoined: 'Dziękujemy, bierzesz udział. Zawsze możesz przestać.',
  researchLeft: 'Już nie bierzesz udziału. To, co podałeś, zostało usunięte.',
  exported: 'Twoje dane zostały pobrane.',
  eraseAsk:
    'Na pewno? Usuniemy wszystko, co o tobie mamy: profil umiejętności i odpowiedzi, plan nauki, prośby i zgłoszenia, twojego coacha i jego notatki o tobie oraz to, co potwierdziła twoja szkoła. Czy już zgodziłeś się na prośbę pracodawcy? Ten pracodawca dostał wtedy twoje imię, nazwisko i dane kontaktowe. Poproś go sam, żeby je usunął.',
};

const uk: PageTexts = {
  title: 'Відкрийте свої таланти',
  test: '1. Пройдіть тест',
  skillprint: '2. Ваш профіль навичок',
  retakeText: 'Хочете пройти весь тест ще раз? Можна. Потім ви побачите тут свій новий профіль навичок.',
  retake: 'Пройти тест ще раз',
  pool: '3. Дозвольте роботодавцям знайти вас',
  poolText:
    'Роботодавці бачать вигадане ім’я і те, наскільки ваш профіль навичок підходить до їхньої роботи. Ви погоджуєтеся на запит? Тоді цей роботодавець бачить також ваше ім’я, весь профіль навичок і контактні дані, які ви вкажете. Ви завжди можете це зупинити.',
  region: 'Де ви хочете працювати?',
  hours: 'Скільки годин на тиждень?',
  min: 'Щонайменше',
  max: 'Щонайбільше',
  start: 'Коли ви можете почати?',
  now: 'Зараз',
  month: 'Протягом місяця',
  months: 'Протягом трьох місяців',
  poolConsent: 'Я хочу, щоб роботодавці могли бачити мій профіль навичок (без імені) і надсилати мені запит.',
  join: 'Взяти участь',
  save: 'Зберегти',
  leave: 'Зупинити: роботодавці більше не знаходять мене',
  leaveAsk: 'Ви впевнені? Тоді роботодавці більше не знайдуть вас.',
  yesStop: 'Так, зупинити',
  no: 'Ні',
  jobs: '4. Вакансії',
  careers: '5. Професії',
  careersText: 'Також професії в іншій галузі. Під кожною професією ви бачите вакансії.',
  learning: 'Навчайтеся далі',
  learningText: 'Оберіть мету. Ви побачите, які кроки ще потрібні і як їх навчитися.',
  remeasure: 'Виміряти ще раз',
  research: 'Допоможіть зробити тест справедливим',
  researchText:
    'Це за бажанням. Ми перевіряємо, чи тест однаково добре працює для всіх, наприклад для молодих і старших. І ми покращуємо тест завдяки тому, що ви обирали в ньому. Роботодавці ніколи не бачать ваших відповідей на ці запитання. Вони не враховуються ні у профілі навичок, ні для вакансій. Ви завжди можете припинити. Тоді ми їх видалимо.',
  researchConsent: 'Я беру участь у дослідженні справедливості.',
  preferNot: 'Волію не казати',
  researchJoin: 'Взяти участь у дослідженні',
  researchStop: 'Припинити участь у дослідженні',
  researchRound: 'Ще кілька запитань, якщо хочете',
  data: 'Ваші дані',
  dataText: 'Завантажте все, що ми зберігаємо про вас, або видаліть усе. Видалення не можна скасувати.',
  export: 'Завантажити мої дані',
  erase: 'Видалити всі мої дані',
  again: 'Почати знову',
  againText: 'Усі ваші дані видалено. Вашого профілю навичок, відповідей і запитів більше немає.',
  againTest: 'Хочете пройти тест ще раз? Тоді ви почнете все спочатку.',
  againLink: 'Почати знову',
  joined: 'Ви берете участь. Роботодавці можуть вас знайти. Вони бачать вас як {name}, доки ви не погодитеся.',
  left: 'Ви більше не берете участі. Роботодавці більше не знайдуть вас.',
  failedLater: 'Не вдалося. Спробуйте пізніше.',
  failedCheck: 'Не вдалося. Перевірте, чи все заповнено правильно, і спробуйте ще раз.',
  failed: 'Не вдалося: {reason}',
  researchJoined: 'Дякуємо, ви берете участь. Ви завжди можете припинити.',
  researchLeft: 'Ви більше не берете участі. Те, що ви надали, видалено.',
  exported: 'Ваші дані завантажено.',
  eraseAsk:
    'Ви впевнені? Ми видалимо все, що маємо про вас: профіль навичок і відповіді, план навчання, запити й заявки, вашого коуча і те, що він про вас написав, і те, що підтвердила ваша школа. Ви вже погодилися на запит роботодавця? Тоді він отримав ваше ім’я і контактні дані. Попросіть цього роботодавця самі їх видалити.',
};

export const PAGE_TEXTS: Record<PageLang, PageTexts> = { nl, en, ar, tr, pl, uk };

let current: PageTexts = nl;
let currentLang: PageLang = 'nl';

/** The language the page's texts are in now. */
export const pageLang = (): PageLang => currentLang;

/** A message of the page in the chosen language, with its {placeholders} filled in. */
export const say = (key: keyof PageTexts, values: Record<string, string> = {}): string =>
  current[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/**
 * Say a message of the page in `node`, and keep its key and values there (`data-text`,
 * `data-values`): a change of language says it again in the new one ("Ze zien jou als …").
 */
export function tell(node: Element, key: keyof PageTexts, values: Record<string, string> = {}): void {
  const element = node as HTMLElement;
  element.textContent = say(key, values);
  element.dataset.text = key;
  element.dataset.values = JSON.stringify(values);
}

/** Text without a key (already in the chosen language, or empty): a change of language leaves it. */
export function tellText(node: Element, text: string): void {
  const element = node as HTMLElement;
  element.textContent = text;
  delete element.dataset.text;
  delete element.dataset.values;
}

/**
 * Put the page's own texts in `lang` (Dutch for a language it has none of): every element with
 * `data-text` (with its `data-values`, see `tell`), with the language and direction on `within`
 * so screen readers read it right.
 */
export function applyPageTexts(lang: string, within: HTMLElement): void {
  const chosen = (lang in PAGE_TEXTS ? lang : 'nl') as PageLang;
  current = PAGE_TEXTS[chosen];
  currentLang = chosen;
  within.lang = chosen;
  within.dir = chosen === 'ar' ? 'rtl' : 'ltr';
  for (const node of within.querySelectorAll<HTMLElement>('[data-text]'))
    node.textContent = say(
      node.dataset.text as keyof PageTexts,
      node.dataset.values ? (JSON.parse(node.dataset.values) as Record<string, string>) : {},
    );
}
