/**
 * Interests (RIASEC) and the work-environment facets in the other reading languages (#25),
 * written for meaning at B1. Both poles of a facet stay equally good places to work.
 */
import type { TranslatedLang } from './merge.js';

export const interestTranslations: Readonly<
  Record<string, Record<TranslatedLang, { label: string; description: string }>>
> = {
  realistic: {
    ar: { label: 'عملي', description: 'تحب أن تعمل بيديك أو بالأدوات أو بالآلات.' },
    tr: { label: 'Pratik', description: 'Ellerinle, aletlerle ya da makinelerle çalışmayı seversin.' },
    pl: { label: 'Praktyczny', description: 'Lubisz pracować rękami, narzędziami lub maszynami.' },
    uk: { label: 'Практичний', description: 'Вам подобається працювати руками, інструментами чи машинами.' },
  },
  investigative: {
    ar: { label: 'فضولي', description: 'تحب أن تكتشف كيف تعمل الأشياء. تحب أن تفكّر في مشكلة.' },
    tr: {
      label: 'Meraklı',
      description: 'Bir şeyin nasıl çalıştığını bulmayı seversin. Bir sorun üzerine düşünmeyi seversin.',
    },
    pl: { label: 'Ciekawy świata', description: 'Lubisz sprawdzać, jak coś działa. Lubisz myśleć nad problemem.' },
    uk: {
      label: 'Допитливий',
      description: 'Вам подобається з’ясовувати, як усе працює. Ви любите подумати над проблемою.',
    },
  },
  artistic: {
    ar: { label: 'مبدع', description: 'تحب أن تصنع شيئًا جديدًا أو جميلًا. تحب أن تكون لك أفكارك.' },
    tr: {
      label: 'Yaratıcı',
      description: 'Yeni ya da güzel bir şey yapmayı seversin. Kendi fikirlerin olsun istersin.',
    },
    pl: { label: 'Twórczy', description: 'Lubisz tworzyć coś nowego lub pięknego. Lubisz mieć własne pomysły.' },
    uk: { label: 'Творчий', description: 'Вам подобається створювати нове чи красиве. Ви любите мати власні ідеї.' },
  },
  social: {
    ar: { label: 'اجتماعي', description: 'تحب أن تساعد الناس. تحب أن تعتني بالآخرين أو تشرح لهم.' },
    tr: {
      label: 'Sosyal',
      description: 'Başka insanlara yardım etmeyi seversin. Başkalarına bakmayı ya da bir şey anlatmayı seversin.',
    },
    pl: {
      label: 'Towarzyski',
      description: 'Lubisz pomagać innym ludziom. Lubisz się o nich troszczyć lub coś tłumaczyć.',
    },
    uk: {
      label: 'Соціальний',
      description: 'Вам подобається допомагати людям. Ви любите дбати про інших або пояснювати.',
    },
  },
  enterprising: {
    ar: { label: 'مبادر', description: 'تحب أن تقنع الآخرين. تحب أن تقود.' },
    tr: { label: 'Girişimci', description: 'Başkalarını ikna etmeyi seversin. Önde olmayı seversin.' },
    pl: { label: 'Przedsiębiorczy', description: 'Lubisz przekonywać innych. Lubisz prowadzić.' },
    uk: { label: 'Підприємливий', description: 'Вам подобається переконувати інших. Ви любите вести за собою.' },
  },
  conventional: {
    ar: { label: 'منظّم', description: 'تحب أن تعمل بترتيب وحسب قواعد ثابتة. تحب أن تتابع الأمور.' },
    tr: {
      label: 'Düzenli',
      description: 'Düzenli ve belli kurallarla çalışmayı seversin. İşlerin takibini yapmayı seversin.',
    },
    pl: {
      label: 'Zorganizowany',
      description: 'Lubisz pracować porządnie i według stałych zasad. Lubisz pilnować porządku w sprawach.',
    },
    uk: {
      label: 'Організований',
      description: 'Вам подобається працювати охайно і за чіткими правилами. Ви любите все контролювати.',
    },
  },
};

type Facet = { label: string; low: string; high: string };

export const environmentTranslations: Readonly<Record<string, Record<TranslatedLang, Facet>>> = {
  'indoors-outdoors': {
    ar: { label: 'في الداخل أو في الخارج', low: 'تعمل في الداخل.', high: 'تعمل في الخارج، في كل طقس.' },
    tr: { label: 'İçeride ya da dışarıda', low: 'İçeride çalışırsın.', high: 'Her havada dışarıda çalışırsın.' },
    pl: {
      label: 'W środku czy na zewnątrz',
      low: 'Pracujesz w budynku.',
      high: 'Pracujesz na zewnątrz, przy każdej pogodzie.',
    },
    uk: {
      label: 'У приміщенні чи надворі',
      low: 'Ви працюєте в приміщенні.',
      high: 'Ви працюєте надворі, за будь-якої погоди.',
    },
  },
  'team-alone': {
    ar: { label: 'في فريق أو وحدك', low: 'تعمل مع زملائك طوال اليوم.', high: 'تعمل وحدك غالبًا.' },
    tr: {
      label: 'Ekipte ya da tek başına',
      low: 'Bütün gün iş arkadaşlarınla çalışırsın.',
      high: 'Çoğu zaman tek başına çalışırsın.',
    },
    pl: { label: 'W zespole czy sam', low: 'Cały dzień pracujesz z kolegami.', high: 'Często pracujesz sam.' },
    uk: {
      label: 'У команді чи самостійно',
      low: 'Ви цілий день працюєте з колегами.',
      high: 'Ви часто працюєте самі.',
    },
  },
  'seated-physical': {
    ar: { label: 'عمل هادئ أو عمل جسدي', low: 'تعمل غالبًا جالسًا أو في مكان واحد.', high: 'تتحرك كثيرًا، وترفع وتحمل.' },
    tr: {
      label: 'Sakin ya da bedensel iş',
      low: 'Çoğunlukla oturarak ya da tek yerde çalışırsın.',
      high: 'Çok hareket eder, kaldırır ve taşırsın.',
    },
    pl: {
      label: 'Praca spokojna czy fizyczna',
      low: 'Pracujesz głównie na siedząco lub w jednym miejscu.',
      high: 'Dużo się ruszasz, podnosisz i nosisz.',
    },
    uk: {
      label: 'Спокійна чи фізична робота',
      low: 'Ви здебільшого працюєте сидячи або на одному місці.',
      high: 'Ви багато рухаєтеся, піднімаєте й носите.',
    },
  },
  'routine-variety': {
    ar: { label: 'مهامّ ثابتة أو تنوّع', low: 'تقوم كل يوم بعمل متشابه تقريبًا.', high: 'كل يوم مختلف.' },
    tr: {
      label: 'Sabit işler ya da çeşitlilik',
      low: 'Her gün aşağı yukarı aynı işi yaparsın.',
      high: 'Her gün farklıdır.',
    },
    pl: {
      label: 'Stałe zadania czy różnorodność',
      low: 'Codziennie robisz mniej więcej to samo.',
      high: 'Każdy dzień jest inny.',
    },
    uk: {
      label: 'Сталі завдання чи різноманітність',
      low: 'Ви щодня робите приблизно ту саму роботу.',
      high: 'Кожен день інший.',
    },
  },
  'people-things': {
    ar: {
      label: 'مع الناس أو مع الأشياء',
      low: 'تعمل غالبًا مع الناس.',
      high: 'تعمل غالبًا بيديك، مع الأغراض أو الآلات.',
    },
    tr: {
      label: 'İnsanlarla ya da eşyalarla',
      low: 'Çoğunlukla insanlarla çalışırsın.',
      high: 'Çoğunlukla ellerinle, eşyalarla ya da makinelerle çalışırsın.',
    },
    pl: {
      label: 'Z ludźmi czy z rzeczami',
      low: 'Pracujesz głównie z ludźmi.',
      high: 'Pracujesz głównie rękami, z rzeczami lub maszynami.',
    },
    uk: {
      label: 'З людьми чи з речами',
      low: 'Ви здебільшого працюєте з людьми.',
      high: 'Ви здебільшого працюєте руками, з речами чи машинами.',
    },
  },
  'fixed-hours-shifts': {
    ar: {
      label: 'ساعات ثابتة أو مناوبات',
      low: 'تعمل في النهار، في ساعات ثابتة.',
      high: 'تعمل بالمناوبات، في المساء أو في عطلة الأسبوع أيضًا.',
    },
    tr: {
      label: 'Sabit saatler ya da vardiya',
      low: 'Gündüz, sabit saatlerde çalışırsın.',
      high: 'Vardiyalı çalışırsın, akşam ya da hafta sonu da.',
    },
    pl: {
      label: 'Stałe godziny czy zmiany',
      low: 'Pracujesz w dzień, w stałych godzinach.',
      high: 'Pracujesz na zmiany, także wieczorem lub w weekend.',
    },
    uk: {
      label: 'Сталі години чи зміни',
      low: 'Ви працюєте вдень, у сталі години.',
      high: 'Ви працюєте змінами, також увечері чи у вихідні.',
    },
  },
  'calm-busy': {
    ar: { label: 'هادئ أو مزدحم', low: 'تعمل بإيقاع هادئ.', high: 'غالبًا يكون هناك شغل كثير والعمل سريع.' },
    tr: {
      label: 'Sakin ya da yoğun',
      low: 'Sakin bir tempoda çalışırsın.',
      high: 'Çoğu zaman yoğundur ve iş hızlı gider.',
    },
    pl: {
      label: 'Spokojnie czy intensywnie',
      low: 'Pracujesz w spokojnym tempie.',
      high: 'Często jest dużo pracy i wszystko idzie szybko.',
    },
    uk: {
      label: 'Спокійно чи напружено',
      low: 'Ви працюєте в спокійному темпі.',
      high: 'Часто багато роботи, і все йде швидко.',
    },
  },
  'clean-dirty': {
    ar: { label: 'عمل نظيف أو متّسخ', low: 'تعمل في مكان نظيف.', high: 'تتّسخ أحيانًا من الغبار أو الشحم أو الطين.' },
    tr: {
      label: 'Temiz ya da kirli iş',
      low: 'Temiz bir yerde çalışırsın.',
      high: 'Bazen toz, yağ ya da çamurla kirlenirsin.',
    },
    pl: {
      label: 'Czysta czy brudna praca',
      low: 'Pracujesz w czystym miejscu.',
      high: 'Czasem brudzisz się kurzem, smarem lub błotem.',
    },
    uk: {
      label: 'Чиста чи брудна робота',
      low: 'Ви працюєте в чистому місці.',
      high: 'Іноді ви бруднитеся пилом, мастилом чи багнюкою.',
    },
  },
  'quiet-noisy': {
    ar: { label: 'هادئ أو صاخب', low: 'حولك هدوء.', high: 'غالبًا هناك ضجيج من الآلات أو الناس.' },
    tr: {
      label: 'Sessiz ya da gürültülü',
      low: 'Etrafın sessizdir.',
      high: 'Çoğu zaman makinelerden ya da insanlardan gürültü olur.',
    },
    pl: { label: 'Cicho czy głośno', low: 'Wokół ciebie jest cicho.', high: 'Często jest hałas od maszyn lub ludzi.' },
    uk: { label: 'Тихо чи шумно', low: 'Навколо вас тихо.', high: 'Часто шумлять машини або люди.' },
  },
  'same-place-travelling': {
    ar: { label: 'نفس المكان أو التنقّل', low: 'تعمل كل يوم في نفس المكان.', high: 'تذهب دائمًا إلى أماكن مختلفة.' },
    tr: {
      label: 'Aynı yerde ya da yolda',
      low: 'Her gün aynı yerde çalışırsın.',
      high: 'Sürekli farklı yerlere gidersin.',
    },
    pl: {
      label: 'To samo miejsce czy dojazdy',
      low: 'Codziennie pracujesz w tym samym miejscu.',
      high: 'Ciągle jeździsz w różne miejsca.',
    },
    uk: {
      label: 'Одне місце чи роз’їзди',
      low: 'Ви щодня працюєте в тому самому місці.',
      high: 'Ви постійно їздите в різні місця.',
    },
  },
  'instructions-own-choices': {
    ar: { label: 'تعليمات واضحة أو اختياراتك', low: 'تحصل على تعليمات واضحة.', high: 'تتخذ اختياراتك بنفسك في عملك.' },
    tr: {
      label: 'Açık talimatlar ya da kendi seçimlerin',
      low: 'Açık talimatlar alırsın.',
      high: 'İşinde kendi seçimlerini yaparsın.',
    },
    pl: {
      label: 'Jasne polecenia czy własne decyzje',
      low: 'Dostajesz jasne polecenia.',
      high: 'W pracy sam podejmujesz decyzje.',
    },
    uk: {
      label: 'Чіткі вказівки чи власні рішення',
      low: 'Ви отримуєте чіткі вказівки.',
      high: 'Ви самі ухвалюєте рішення у своїй роботі.',
    },
  },
  'ground-heights': {
    ar: {
      label: 'على الأرض أو في مكان عالٍ',
      low: 'تعمل وقدماك على الأرض.',
      high: 'تعمل في مكان عالٍ، على سلّم أو سقالة أو سطح.',
    },
    tr: {
      label: 'Yerde ya da yüksekte',
      low: 'İki ayağın yerde çalışırsın.',
      high: 'Yüksekte çalışırsın: merdivende, iskelede ya da çatıda.',
    },
    pl: {
      label: 'Na ziemi czy na wysokości',
      low: 'Pracujesz obiema nogami na ziemi.',
      high: 'Pracujesz na wysokości: na drabinie, rusztowaniu lub dachu.',
    },
    uk: {
      label: 'На землі чи на висоті',
      low: 'Ви працюєте, стоячи на землі.',
      high: 'Ви працюєте на висоті: на драбині, риштуванні чи даху.',
    },
  },
};
