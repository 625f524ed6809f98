/**
 * Arabic: the team game’s texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const ar: Catalogue = {
  'Je vult samen met Sanne de schappen in de supermarkt. Sanne heeft nog veel dozen. Met z’n tweeën gaat dat sneller.':
    'تملأ الرفوف في السوبرماركت مع Sanne. ما زال عند Sanne صناديق كثيرة. بشخصين يكون العمل أسرع.',
  'Je harkt samen met Tim de bladeren in het park. Tim is bijna klaar. Jij hebt nog een groot stuk.':
    'تجمع أوراق الشجر في المتنزه مع Tim. أوشك Tim على الانتهاء. ما زال عندك جزء كبير.',
  'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Met z’n tweeën gaat het veel sneller.':
    'تعمل في مستودع. يجهّز Ahmed طلبية كبيرة. ما زال عنده عمل كثير. بشخصين يكون العمل أسرع بكثير.',
  'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.':
    'تعمل في مطبخ. أنت تقطّع الخضار. تغسل Lisa الصحون. أوشكت على الانتهاء.',
  'Je werkt op een bouwplaats. Daan brengt stenen naar de metselaar. Hij heeft nog veel te doen. Samen gaat het sneller.':
    'تعمل في موقع بناء. ينقل Daan الطوب إلى البنّاء. ما زال عنده عمل كثير. معًا يكون العمل أسرع.',
  'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.':
    'تعمل في دار رعاية. أنتما ترتّبان الأسرّة. بقي عند Naima بضعة أسرّة فقط. وما زال عندك أسرّة كثيرة.',
  'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar één prijstang.':
    'تعمل في محل ملابس. أنتما تعلّقان الأسعار على الملابس الجديدة. عند Sem عمل أكثر منك. لكن عندكما آلة أسعار واحدة فقط.',
  'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.':
    'تعمل في مخبز. ما زال على Fatima أن تزيّن كعكات كثيرة. أنت أوشكت على إنهاء الخبز الصغير.',
  'Je maakt samen met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.':
    'تنظّف مكتبًا مع Eva. تسأل Eva: هل تساعدني قليلًا في النوافذ؟ عندها عمل أقل منك.',
  'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.':
    'تنظّف غرفًا في فندق. ما زال عند Mo غرف كثيرة. أنت أوشكت على الانتهاء.',
  'Je sorteert pakketten bij een bezorgdienst. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.':
    'تفرز الطرود في شركة توصيل. عند Noor طرود أكثر منك بقليل. تسألك هل تساعدها.',
  'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Zijn ze niet op tijd klaar, dan moet het hele team wachten. Kevin loopt achter met zijn bestellingen.':
    'تعمل في مستودع. الشاحنة قادمة لتأخذ منصّاتك. إذا لم تكن جاهزة في الوقت، فعلى الفريق كله أن ينتظر. تأخّر Kevin في طلبياته.',
  'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.':
    'تعمل في مطبخ. يجب أن يكون حساؤك جاهزًا في الوقت للغداء. وإلا فعلى الجميع أن ينتظروا. ما زال على Aylin أن تحضّر سلطات كثيرة.',
  'Je werkt op een bouwplaats. De bouwlift zit op slot. Daardoor kan Bram zijn stenen niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.':
    'تعمل في موقع بناء. مصعد البناء مقفل. لذلك لا يستطيع Bram أن ينقل طوبه إلى الأعلى. وأنت أيضًا ليس عندك مفتاح. رئيس الفريق فقط عنده مفتاح.',
  'Je werkt in een tuincentrum. Yara moet planten prijzen met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.':
    'تعمل في مشتل. على Yara أن تضع أسعارًا للنباتات بجهاز المسح الجديد. لا تعرف كيف يعمل. أنت تعرف. إذا بحثت عن ذلك وحدها، ستحتاج إلى وقت طويل.',
  'Je werkt in de wasserij van een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.':
    'تعمل في مغسلة دار رعاية. يسألك Joris هل تساعده في طيّ الغسيل. عنده عمل أقل منك.',
  'Je werkt in een magazijn. Mehmet draagt alle dozen één voor één. Jouw tip: met een steekwagen gaat het veel sneller.':
    'تعمل في مستودع. يحمل Mehmet كل الصناديق واحدًا واحدًا. نصيحتك: بعربة يدوية يكون العمل أسرع بكثير.',
  'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.':
    'تعمل في مطبخ. يجب أن تكون صلصتك جاهزة في الوقت. وإلا فعلى المطبخ كله أن ينتظر. ما زال على Sara أن تقطّع بصلًا كثيرًا. نصيحتك: حيلة لتقطّع أسرع.',
  'Je werkt op een bouwplaats. Luuk moet zware kozijnen plaatsen. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.':
    'تعمل في موقع بناء. على Luuk أن يركّب إطارات نوافذ ثقيلة. وحده يكون العمل بطيئًا. الرفع معًا أسرع بكثير. نصيحتك: ترتيب عمل مفيد.',
  'Je werkt in een zorghuis. Fenna deelt medicijnen uit. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.':
    'تعمل في دار رعاية. توزّع Fenna الأدوية. المكتوب في القائمة يختلف عن المكتوب على العلبة. لا يُسمح لأيّ منكما أن يحلّ هذا بنفسه. رئيس الفريق فقط يُسمح له بذلك.',
  'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Is dat niet op tijd klaar, dan moet iedereen wachten. Jesse loopt achter. Jouw tip: hoe hij sneller kan werken.':
    'تعمل في موقع بناء. شاحنة الخرسانة قادمة لجزئك من الأرضية. إذا لم يكن جاهزًا في الوقت، فعلى الجميع أن ينتظروا. تأخّر Jesse في عمله. نصيحتك: كيف يعمل أسرع.',
  'Wat is het beste voor het team?': 'ما الأفضل للفريق؟',
  'Het team is klaar als iedereen klaar is.': 'ينتهي الفريق عندما ينتهي الجميع.',
  'Vraag de teamleider alleen als jullie het samen niet kunnen oplossen.':
    'اسأل رئيس الفريق فقط عندما لا تستطيعان حلّ المشكلة معًا.',
  'Let op: jouw deel moet over {m} minuten klaar zijn.': 'انتبه: يجب أن يكون جزؤك جاهزًا خلال {m} دقيقة.',
  Jij: 'أنت',
  'nog {m} minuten': 'بقي {m} دقيقة',
  'kan niet verder': 'العمل متوقّف',
  'Ik help {name}.': 'أساعد {name}.',
  'Ik ga door met mijn eigen werk.': 'أستمر في عملي الخاص.',
  'Ik vraag het aan de teamleider.': 'أسأل رئيس الفريق.',
  'Ik geef {name} een tip.': 'أعطي {name} نصيحة.',
  'Zo is het team het snelst klaar: na {m} minuten.': 'هكذا ينتهي الفريق بأسرع وقت: بعد {m} دقيقة.',
  'Beter was:': 'الاختيار الأفضل كان:',
  'Dan is het team na {m} minuten klaar.': 'عندها ينتهي الفريق بعد {m} دقيقة.',
  'Met jouw keuze pas na {m} minuten.': 'مع اختيارك لا ينتهي إلا بعد {m} دقيقة.',
  'Met jouw keuze komt het team niet op tijd klaar.': 'مع اختيارك لا ينتهي الفريق في الوقت.',
};
export default ar;
