/**
 * The occupations' titles and descriptions in the other reading languages (#25), written for
 * meaning at B1: the words a job seeker would use for the work, then what the work is.
 */
import type { TranslatedLang } from './merge.js';

type Text = { title: string; description: string };

export const occupationTranslations: Readonly<Record<string, Record<TranslatedLang, Text>>> = {
  stratenmaker: {
    ar: {
      title: 'عامل رصف الطرق',
      description: 'تبلّط الأرصفة والشوارع والساحات بالحجارة والبلاط. تعمل في الخارج، مع فريق.',
    },
    tr: {
      title: 'Kaldırım ustası',
      description: 'Kaldırımları, sokakları ve meydanları taş ve karoyla döşersin. Dışarıda, bir ekiple çalışırsın.',
    },
    pl: {
      title: 'Brukarz',
      description: 'Układasz chodniki, ulice i place z kostki i płyt. Pracujesz na zewnątrz, w ekipie.',
    },
    uk: {
      title: 'Брукувальник',
      description: 'Ви викладаєте тротуари, вулиці й площі каменем і плиткою. Ви працюєте надворі, у бригаді.',
    },
  },
  metselaar: {
    ar: { title: 'بنّاء', description: 'تبني الجدران بالطوب والإسمنت. تعمل بدقة، حتى يكون كل شيء مستقيمًا.' },
    tr: {
      title: 'Duvar ustası',
      description: 'Tuğla ve harçla duvar örersin. Her şey düz olsun diye özenle çalışırsın.',
    },
    pl: {
      title: 'Murarz',
      description: 'Budujesz ściany z cegieł i zaprawy. Pracujesz dokładnie, żeby wszystko stało prosto.',
    },
    uk: { title: 'Муляр', description: 'Ви будуєте стіни з цегли і розчину. Ви працюєте точно, щоб усе стояло рівно.' },
  },
  timmerman: {
    ar: {
      title: 'نجّار',
      description: 'تصنع وتركّب الأبواب والإطارات والأرضيات والأسقف من الخشب. تقرأ رسمًا وتقيس كل شيء جيدًا.',
    },
    tr: {
      title: 'Marangoz',
      description: 'Ahşaptan kapı, çerçeve, zemin ve çatı yapar ve takarsın. Çizim okur ve her şeyi iyi ölçersin.',
    },
    pl: {
      title: 'Cieśla',
      description:
        'Robisz i montujesz drzwi, ramy, podłogi i dachy z drewna. Czytasz rysunek i dobrze wszystko mierzysz.',
    },
    uk: {
      title: 'Тесля',
      description:
        'Ви робите і встановлюєте двері, рами, підлоги й дахи з дерева. Ви читаєте креслення і все добре вимірюєте.',
    },
  },
  tegelzetter: {
    ar: {
      title: 'مركّب بلاط',
      description: 'تركّب البلاط على الأرضيات والجدران، غالبًا في الحمّامات والمطابخ. تعمل بدقة كبيرة.',
    },
    tr: {
      title: 'Fayans ustası',
      description: 'Zemine ve duvara fayans döşersin, çoğu zaman banyo ve mutfakta. Çok özenli çalışırsın.',
    },
    pl: {
      title: 'Glazurnik',
      description:
        'Układasz płytki na podłogach i ścianach, często w łazienkach i kuchniach. Pracujesz bardzo dokładnie.',
    },
    uk: {
      title: 'Плиточник',
      description: 'Ви кладете плитку на підлогу і стіни, часто у ваннах і на кухнях. Ви працюєте дуже точно.',
    },
  },
  schilder: {
    ar: {
      title: 'دهّان',
      description: 'تدهن الجدران والإطارات والأبواب، في الداخل والخارج. أولًا تجعل كل شيء نظيفًا وناعمًا.',
    },
    tr: {
      title: 'Boyacı',
      description: 'İçeride ve dışarıda duvar, çerçeve ve kapı boyarsın. Önce her yeri temiz ve düz yaparsın.',
    },
    pl: {
      title: 'Malarz',
      description: 'Malujesz ściany, ramy i drzwi, w środku i na zewnątrz. Najpierw wszystko czyścisz i wygładzasz.',
    },
    uk: {
      title: 'Маляр',
      description: 'Ви фарбуєте стіни, рами й двері, всередині і ззовні. Спершу ви робите все чистим і гладким.',
    },
  },
  dakdekker: {
    ar: {
      title: 'عامل أسقف',
      description: 'تغطّي الأسقف وتصلحها، بالقرميد أو القار أو الزنك. تعمل في مكان عالٍ وتنتبه جيدًا.',
    },
    tr: {
      title: 'Çatı ustası',
      description: 'Kiremit, bitüm ya da çinkoyla çatı kaplar ve onarırsın. Yüksekte çalışır ve çok dikkat edersin.',
    },
    pl: {
      title: 'Dekarz',
      description: 'Kładziesz i naprawiasz dachy z dachówek, papy lub cynku. Pracujesz na wysokości i bardzo uważasz.',
    },
    uk: {
      title: 'Покрівельник',
      description: 'Ви кладете й ремонтуєте дахи з черепиці, бітуму чи цинку. Ви працюєте на висоті і дуже уважні.',
    },
  },
  bouwplaatsmedewerker: {
    ar: {
      title: 'عامل في موقع البناء',
      description: 'تساعد في موقع البناء. تحمل المواد وتنظّف وتساعد الحرفيين. بداية جيدة في البناء.',
    },
    tr: {
      title: 'İnşaat işçisi',
      description:
        'Şantiyede yardım edersin. Malzeme taşır, temizlik yapar ve ustalara yardım edersin. İnşaatta iyi bir başlangıç.',
    },
    pl: {
      title: 'Pracownik budowy',
      description: 'Pomagasz na budowie. Nosisz materiały, sprzątasz i pomagasz fachowcom. Dobry start w budownictwie.',
    },
    uk: {
      title: 'Робітник на будові',
      description:
        'Ви допомагаєте на будові. Ви носите матеріали, прибираєте і допомагаєте майстрам. Добрий початок у будівництві.',
    },
  },
  zonnepanelenmonteur: {
    ar: {
      title: 'مركّب ألواح شمسية',
      description: 'تركّب الألواح الشمسية على الأسطح وتوصلها. تعمل في مكان عالٍ وفي فريق صغير.',
    },
    tr: {
      title: 'Güneş paneli montajcısı',
      description: 'Çatılara güneş paneli takar ve bağlarsın. Yüksekte ve küçük bir ekiple çalışırsın.',
    },
    pl: {
      title: 'Monter paneli słonecznych',
      description: 'Montujesz panele słoneczne na dachach i je podłączasz. Pracujesz na wysokości i w małym zespole.',
    },
    uk: {
      title: 'Монтажник сонячних панелей',
      description:
        'Ви встановлюєте сонячні панелі на дахах і підключаєте їх. Ви працюєте на висоті й у невеликій команді.',
    },
  },
  elektromonteur: {
    ar: {
      title: 'كهربائي',
      description: 'تركّب الأسلاك والمقابس وعلب الكهرباء في المباني. تختبر أن كل شيء يعمل بأمان.',
    },
    tr: {
      title: 'Elektrikçi',
      description: 'Binalara kablo, priz ve sigorta kutusu takarsın. Her şeyin güvenli çalıştığını test edersin.',
    },
    pl: {
      title: 'Elektryk',
      description:
        'Zakładasz przewody, gniazdka i skrzynki bezpieczników w budynkach. Sprawdzasz, czy wszystko działa bezpiecznie.',
    },
    uk: {
      title: 'Електромонтажник',
      description:
        'Ви прокладаєте проводку, ставите розетки й щитки в будівлях. Ви перевіряєте, що все працює безпечно.',
    },
  },
  loodgieter: {
    ar: { title: 'سبّاك', description: 'تركّب أنابيب الماء والغاز والصرف. تصلح التسريبات في بيوت الناس.' },
    tr: { title: 'Tesisatçı', description: 'Su, gaz ve atık su boruları döşersin. Evlerdeki sızıntıları onarırsın.' },
    pl: {
      title: 'Hydraulik',
      description: 'Zakładasz rury do wody, gazu i kanalizacji. Naprawiasz przecieki w domach ludzi.',
    },
    uk: {
      title: 'Сантехнік',
      description: 'Ви прокладаєте труби для води, газу й каналізації. Ви ремонтуєте протікання в домівках людей.',
    },
  },
  'servicemonteur-warmtepompen': {
    ar: {
      title: 'فنّي صيانة المضخّات الحرارية والتكييف',
      description: 'تصون المضخّات الحرارية وأجهزة التكييف وتصلحها. تزور الزبائن وحدك.',
    },
    tr: {
      title: 'Isı pompası ve klima servis teknisyeni',
      description: 'Isı pompalarının ve klimaların bakımını ve onarımını yaparsın. Müşterilere tek başına gidersin.',
    },
    pl: {
      title: 'Serwisant pomp ciepła i klimatyzacji',
      description: 'Serwisujesz i naprawiasz pompy ciepła i klimatyzatory. Sam jeździsz do klientów.',
    },
    uk: {
      title: 'Сервісний монтажник теплових насосів і кондиціонерів',
      description: 'Ви обслуговуєте й ремонтуєте теплові насоси та кондиціонери. Ви самі їздите до клієнтів.',
    },
  },
  automonteur: {
    ar: { title: 'ميكانيكي سيارات', description: 'تصون السيارات وتبحث عن الأعطال. تعمل في ورشة.' },
    tr: {
      title: 'Oto tamircisi',
      description: 'Arabaların bakımını yapar ve arızaları ararsın. Bir atölyede çalışırsın.',
    },
    pl: {
      title: 'Mechanik samochodowy',
      description: 'Serwisujesz samochody i szukasz usterek. Pracujesz w warsztacie.',
    },
    uk: {
      title: 'Автомеханік',
      description: 'Ви обслуговуєте автомобілі й шукаєте несправності. Ви працюєте в майстерні.',
    },
  },
  lasser: {
    ar: { title: 'لحّام', description: 'توصل قطع المعدن بآلة لحام. تعمل بدقة كبيرة وبأمان.' },
    tr: {
      title: 'Kaynakçı',
      description: 'Metal parçaları kaynak makinesiyle birleştirirsin. Çok özenli ve güvenli çalışırsın.',
    },
    pl: {
      title: 'Spawacz',
      description: 'Łączysz metalowe części spawarką. Pracujesz bardzo dokładnie i bezpiecznie.',
    },
    uk: {
      title: 'Зварювальник',
      description: 'Ви з’єднуєте металеві деталі зварювальним апаратом. Ви працюєте дуже точно й безпечно.',
    },
  },
  onderhoudsmonteur: {
    ar: { title: 'فنّي صيانة', description: 'تحافظ على تشغيل الآلات في مصنع. عندما يتعطل شيء، تجد السبب بسرعة.' },
    tr: {
      title: 'Bakım teknisyeni',
      description: 'Bir fabrikadaki makinelerin çalışmasını sağlarsın. Bir şey bozulunca nedenini hızla bulursun.',
    },
    pl: {
      title: 'Mechanik utrzymania ruchu',
      description: 'Dbasz, żeby maszyny w fabryce działały. Gdy coś się zepsuje, szybko znajdujesz przyczynę.',
    },
    uk: {
      title: 'Механік з обслуговування',
      description: 'Ви стежите, щоб машини на заводі працювали. Коли щось ламається, ви швидко знаходите причину.',
    },
  },
  zorghulp: {
    ar: { title: 'مساعد منزلي', description: 'تساعد الناس في بيوتهم في أعمال المنزل. تنظّف وتنتبه إلى الزبون.' },
    tr: {
      title: 'Ev yardımcısı',
      description: 'İnsanlara evde ev işlerinde yardım edersin. Temizlik yapar ve kişiyle ilgilenirsin.',
    },
    pl: {
      title: 'Pomoc domowa',
      description: 'Pomagasz ludziom w domu w pracach domowych. Sprzątasz i zwracasz uwagę na klienta.',
    },
    uk: {
      title: 'Помічник по дому',
      description: 'Ви допомагаєте людям удома з хатніми справами. Ви прибираєте і уважні до клієнта.',
    },
  },
  'helpende-zorg-en-welzijn': {
    ar: {
      title: 'مساعد في الرعاية',
      description: 'تساعد كبار السن أو الأشخاص ذوي الإعاقة في الأمور اليومية. مثل الطعام واللبس والأنشطة معًا.',
    },
    tr: {
      title: 'Bakım ve refah yardımcısı',
      description:
        'Yaşlılara ya da engelli kişilere günlük işlerde yardım edersin. Yemek, giyinmek ve birlikte bir şeyler yapmak gibi.',
    },
    pl: {
      title: 'Pomocnik w opiece',
      description:
        'Pomagasz starszym osobom lub osobom z niepełnosprawnością w codziennych sprawach. Na przykład przy jedzeniu, ubieraniu i wspólnych zajęciach.',
    },
    uk: {
      title: 'Помічник у догляді',
      description:
        'Ви допомагаєте літнім людям або людям з інвалідністю в щоденних справах. Наприклад, з їжею, одяганням і спільними заняттями.',
    },
  },
  'verzorgende-ig': {
    ar: {
      title: 'مقدّم رعاية معتمد',
      description: 'تعتني بالزبائن في دار رعاية أو في البيت. تعطي الأدوية وتراقب حالهم.',
    },
    tr: {
      title: 'Sertifikalı bakım elemanı',
      description: 'Bakımevinde ya da evde danışanlara bakarsın. İlaç verir ve nasıl olduklarını takip edersin.',
    },
    pl: {
      title: 'Opiekun z uprawnieniami',
      description: 'Opiekujesz się klientami w domu opieki lub w ich domu. Podajesz leki i obserwujesz, jak się czują.',
    },
    uk: {
      title: 'Доглядальник із сертифікатом',
      description: 'Ви доглядаєте клієнтів у будинку догляду чи вдома. Ви даєте ліки і стежите, як вони почуваються.',
    },
  },
  'pedagogisch-medewerker-kinderopvang': {
    ar: {
      title: 'عامل في رعاية الأطفال',
      description: 'تعتني بالأطفال في الحضانة. تلعب معهم وتواسيهم وتحافظ على سلامتهم.',
    },
    tr: {
      title: 'Çocuk bakım elemanı',
      description: 'Kreşte çocuklara bakarsın. Oyun oynar, teselli eder ve onları güvende tutarsın.',
    },
    pl: {
      title: 'Opiekun w żłobku lub przedszkolu',
      description: 'Opiekujesz się dziećmi. Bawisz się z nimi, pocieszasz je i dbasz o ich bezpieczeństwo.',
    },
    uk: {
      title: 'Вихователь у дитячому закладі',
      description: 'Ви доглядаєте дітей у садочку. Ви граєтеся, втішаєте їх і бережете їхню безпеку.',
    },
  },
  'begeleider-gehandicaptenzorg': {
    ar: {
      title: 'مرافق في رعاية ذوي الإعاقة',
      description: 'تدعم الأشخاص ذوي الإعاقة في حياتهم اليومية. تضع معهم خطة.',
    },
    tr: {
      title: 'Engelli bakımında refakatçi',
      description: 'Engelli kişilere günlük hayatta destek olursun. Onlarla birlikte bir plan yaparsın.',
    },
    pl: {
      title: 'Asystent osób z niepełnosprawnością',
      description: 'Wspierasz osoby z niepełnosprawnością w codziennym życiu. Razem z nimi robisz plan.',
    },
    uk: {
      title: 'Асистент людей з інвалідністю',
      description: 'Ви підтримуєте людей з інвалідністю в щоденному житті. Ви разом із ними складаєте план.',
    },
  },
  'mbo-verpleegkundige': {
    ar: { title: 'ممرّض', description: 'تمرّض المرضى في مستشفى أو دار رعاية أو في البيت. تقوم أيضًا بمهام طبية.' },
    tr: {
      title: 'Hemşire',
      description: 'Hastanede, bakımevinde ya da evde hastalara bakarsın. Tıbbi işler de yaparsın.',
    },
    pl: {
      title: 'Pielęgniarz',
      description: 'Opiekujesz się pacjentami w szpitalu, domu opieki lub w domu. Wykonujesz też zadania medyczne.',
    },
    uk: {
      title: 'Медсестра або медбрат',
      description: 'Ви доглядаєте пацієнтів у лікарні, будинку догляду чи вдома. Ви також виконуєте медичні завдання.',
    },
  },
  magazijnmedewerker: {
    ar: { title: 'عامل مستودع', description: 'تجهّز الطلبات وتضع البضائع في مكانها وتتابع المخزون.' },
    tr: { title: 'Depo çalışanı', description: 'Siparişleri paketler, malları yerine koyar ve stoğu takip edersin.' },
    pl: { title: 'Magazynier', description: 'Pakujesz zamówienia, odkładasz towar na miejsce i pilnujesz zapasów.' },
    uk: {
      title: 'Працівник складу',
      description: 'Ви пакуєте замовлення, розкладаєте товар по місцях і стежите за запасами.',
    },
  },
  heftruckchauffeur: {
    ar: { title: 'سائق رافعة شوكية', description: 'تنقل المنصّات برافعة شوكية. تحمّل الشاحنات وتفرّغها بأمان.' },
    tr: {
      title: 'Forklift operatörü',
      description: 'Forkliftle palet taşırsın. Kamyonları güvenli bir şekilde yükler ve boşaltırsın.',
    },
    pl: {
      title: 'Operator wózka widłowego',
      description: 'Przewozisz palety wózkiem widłowym. Bezpiecznie załadowujesz i rozładowujesz ciężarówki.',
    },
    uk: {
      title: 'Водій навантажувача',
      description: 'Ви перевозите палети навантажувачем. Ви безпечно завантажуєте й розвантажуєте вантажівки.',
    },
  },
  vrachtwagenchauffeur: {
    ar: { title: 'سائق شاحنة', description: 'توصل البضائع إلى الزبائن بشاحنة. تكون غالبًا وحدك على الطريق.' },
    tr: { title: 'Kamyon şoförü', description: 'Kamyonla müşterilere mal götürürsün. Çoğu zaman yolda tek başınasın.' },
    pl: {
      title: 'Kierowca ciężarówki',
      description: 'Wozisz towary do klientów ciężarówką. Często jesteś sam w trasie.',
    },
    uk: { title: 'Водій вантажівки', description: 'Ви возите товари клієнтам вантажівкою. Ви часто самі в дорозі.' },
  },
  pakketbezorger: {
    ar: { title: 'موزّع طرود', description: 'توصل الطرود بسيارة نقل صغيرة. تخطّط طريقك وتكون لطيفًا عند الباب.' },
    tr: {
      title: 'Kargo dağıtıcısı',
      description: 'Bir minibüsle paket dağıtırsın. Rotanı planlar ve kapıda güler yüzlü olursun.',
    },
    pl: { title: 'Kurier', description: 'Dowozisz paczki busem. Planujesz trasę i jesteś miły przy drzwiach.' },
    uk: {
      title: 'Кур’єр',
      description: 'Ви доставляєте посилки фургоном. Ви плануєте маршрут і привітні біля дверей.',
    },
  },
  keukenhulp: {
    ar: {
      title: 'مساعد مطبخ',
      description: 'تقطّع الخضار وتغسل الصحون وتحافظ على نظافة المطبخ. خطوة أولى جيدة في المطاعم.',
    },
    tr: {
      title: 'Mutfak yardımcısı',
      description: 'Sebze doğrar, bulaşık yıkar ve mutfağı temiz tutarsın. Gastronomide iyi bir ilk adım.',
    },
    pl: {
      title: 'Pomoc kuchenna',
      description: 'Kroisz warzywa, zmywasz i dbasz o czystość w kuchni. Dobry pierwszy krok w gastronomii.',
    },
    uk: {
      title: 'Помічник на кухні',
      description: 'Ви ріжете овочі, миєте посуд і тримаєте кухню в чистоті. Добрий перший крок у ресторанній справі.',
    },
  },
  'zelfstandig-werkend-kok': {
    ar: { title: 'طبّاخ مستقل', description: 'تحضّر الأطباق وتدير جزءك من المطبخ. تعمل بسرعة وبنظافة.' },
    tr: {
      title: 'Bağımsız çalışan aşçı',
      description: 'Yemek hazırlar ve mutfakta kendi bölümünü yönetirsin. Hızlı ve temiz çalışırsın.',
    },
    pl: {
      title: 'Samodzielny kucharz',
      description: 'Przygotowujesz dania i prowadzisz swoją część kuchni. Pracujesz szybko i czysto.',
    },
    uk: { title: 'Кухар', description: 'Ви готуєте страви і ведете свою частину кухні. Ви працюєте швидко й чисто.' },
  },
  'medewerker-bediening': {
    ar: { title: 'نادل', description: 'تستقبل الضيوف وتأخذ الطلبات وتقدّم الطعام والمشروبات.' },
    tr: { title: 'Garson', description: 'Misafirleri karşılar, sipariş alır, yiyecek ve içecek servis edersin.' },
    pl: { title: 'Kelner', description: 'Witasz gości, przyjmujesz zamówienia i podajesz jedzenie i napoje.' },
    uk: { title: 'Офіціант', description: 'Ви зустрічаєте гостей, приймаєте замовлення і подаєте їжу та напої.' },
  },
  'receptionist-hotel': {
    ar: {
      title: 'موظف استقبال في فندق',
      description: 'تستقبل الضيوف، وتسجّل دخولهم وخروجهم، وتساعد في الأسئلة والشكاوى.',
    },
    tr: {
      title: 'Otel resepsiyonisti',
      description: 'Misafirleri karşılar, giriş ve çıkışlarını yapar, soru ve şikâyetlere yardım edersin.',
    },
    pl: {
      title: 'Recepcjonista w hotelu',
      description: 'Witasz gości, meldujesz ich i wymeldowujesz, pomagasz przy pytaniach i skargach.',
    },
    uk: {
      title: 'Адміністратор готелю',
      description: 'Ви зустрічаєте гостей, поселяєте й виселяєте їх і допомагаєте з питаннями та скаргами.',
    },
  },
  verkoopmedewerker: {
    ar: { title: 'بائع في متجر', description: 'تساعد الزبائن في المتجر وتعطي النصيحة وتحافظ على ترتيب المتجر.' },
    tr: {
      title: 'Satış elemanı',
      description: 'Mağazada müşterilere yardım eder, tavsiye verir ve mağazayı düzenli tutarsın.',
    },
    pl: { title: 'Sprzedawca', description: 'Pomagasz klientom w sklepie, doradzasz i dbasz o porządek w sklepie.' },
    uk: { title: 'Продавець', description: 'Ви допомагаєте клієнтам у магазині, радите і тримаєте магазин охайним.' },
  },
  kassamedewerker: {
    ar: { title: 'أمين صندوق', description: 'تحسب مشتريات الزبائن عند الصندوق. تعمل بدقة مع الدفع نقدًا وبالبطاقة.' },
    tr: {
      title: 'Kasiyer',
      description: 'Müşterilerin alışverişini kasadan geçirirsin. Nakit ve kartlı ödemelerde özenli çalışırsın.',
    },
    pl: { title: 'Kasjer', description: 'Kasujesz zakupy klientów. Dokładnie obsługujesz płatności gotówką i kartą.' },
    uk: {
      title: 'Касир',
      description: 'Ви пробиваєте покупки клієнтів. Ви точно працюєте з готівкою і платежами карткою.',
    },
  },
  vakkenvuller: {
    ar: { title: 'عامل ترتيب الرفوف', description: 'تملأ الرفوف في السوبرماركت وتضع كل شيء بترتيب.' },
    tr: { title: 'Reyon görevlisi', description: 'Süpermarkette rafları doldurur ve her şeyi düzenli yerleştirirsin.' },
    pl: {
      title: 'Pracownik układający towar',
      description: 'Wykładasz towar na półki w supermarkecie i wszystko równo ustawiasz.',
    },
    uk: { title: 'Викладач товару', description: 'Ви заповнюєте полиці в супермаркеті й акуратно все розставляєте.' },
  },
  schoonmaker: {
    ar: {
      title: 'عامل تنظيف',
      description: 'تنظّف المكاتب أو المدارس أو مباني أخرى. تعمل غالبًا في الصباح الباكر أو في المساء.',
    },
    tr: {
      title: 'Temizlik görevlisi',
      description:
        'Ofisleri, okulları ya da başka binaları temizlersin. Çoğu zaman sabah erken ya da akşam çalışırsın.',
    },
    pl: {
      title: 'Sprzątacz',
      description: 'Sprzątasz biura, szkoły lub inne budynki. Często pracujesz wcześnie rano albo wieczorem.',
    },
    uk: {
      title: 'Прибиральник',
      description: 'Ви прибираєте офіси, школи чи інші будівлі. Ви часто працюєте рано-вранці або ввечері.',
    },
  },
  hovenier: {
    ar: { title: 'بستاني', description: 'تنشئ الحدائق والمتنزهات وتعتني بها. تزرع وتقلّم وتبني الممرات.' },
    tr: {
      title: 'Bahçıvan',
      description: 'Bahçe ve park yapar ve bakımını yaparsın. Bitki diker, budar ve yol döşersin.',
    },
    pl: {
      title: 'Ogrodnik',
      description: 'Zakładasz ogrody i parki i o nie dbasz. Sadzisz, przycinasz i układasz ścieżki.',
    },
    uk: {
      title: 'Садівник',
      description: 'Ви облаштовуєте сади й парки і доглядаєте їх. Ви садите, обрізаєте і прокладаєте доріжки.',
    },
  },
};
