/**
 * Arabic: the micro-lessons and the learning offers of the skill language (#25), keyed by the Dutch
 * source. Written for meaning at B1. Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '../../../../text.js';

const ar: Catalogue = {
  'Afspraken nakomen': 'الالتزام بالاتفاقات',
  'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s rekenen erop dat je doet wat je zegt.':
    'في عملك تضع اتفاقات كل يوم. عن أوقات عملك ومهامك واستراحتك. زملاؤك يعتمدون على أنك تفعل ما تقول.',
  'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.':
    'أحيانًا لا تستطيع أن تلتزم باتفاق. تكون مريضًا أو يتأخر الباص. هذا يمكن أن يحدث. عندها قل ذلك بأسرع ما يمكن.',
  'Je bus rijdt niet. Je begint over tien minuten. Wat doe je?': 'الباص لا يسير. عملك يبدأ بعد عشر دقائق. ماذا تفعل؟',
  'Ik bel nu mijn leidinggevende.': 'أتصل بمديري الآن.',
  'Zo weet je leidinggevende het op tijd. Dan kan hij het werk anders regelen.':
    'هكذا يعرف مديرك في الوقت المناسب. عندها يستطيع أن ينظّم العمل بطريقة أخرى.',
  'Ik leg het uit als ik er ben.': 'أشرح الأمر عندما أصل.',
  'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.':
    'عندها ينتظرك الجميع. لا يعرفون هل ستأتي أم لا. من الأفضل أن تتصل فورًا.',
  'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend even wat je die dag hebt beloofd.':
    'نصيحة: اكتب اتفاقاتك. في هاتفك أو في دفتر صغير. انظر كل صباح ماذا وعدت في ذلك اليوم.',
  'Veilig werken': 'العمل بأمان',
  'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.':
    'العمل بأمان أكثر من لبس خوذة. تنظر جيدًا حولك. ترى الخطر قبل أن يحدث شيء.',
  'Zie je iets dat niet veilig is? Stop dan even. Maak het veilig of zeg het tegen je leidinggevende. Ook als het haast heeft.':
    'هل ترى شيئًا غير آمن؟ عندها توقّف قليلًا. اجعله آمنًا أو قل ذلك لمديرك. حتى عندما يكون هناك استعجال.',
  'Een ladder staat scheef. Je moet snel iets pakken op de bovenste plank. Wat doe je?':
    'هناك سلّم مائل. عليك أن تأخذ شيئًا بسرعة من الرفّ الأعلى. ماذا تفعل؟',
  'Ik zet de ladder eerst goed neer.': 'أولًا أضع السلّم بشكل صحيح.',
  'Dat kost een halve minuut. Een val kost veel meer.': 'هذا يأخذ نصف دقيقة. السقوط يكلّف أكثر بكثير.',
  'Ik klim snel en houd me goed vast.': 'أصعد بسرعة وأمسك جيدًا.',
  'Ook als je je vasthoudt, kan de ladder wegglijden. Zet hem eerst goed neer.':
    'حتى لو أمسكت جيدًا، يمكن أن ينزلق السلّم. ضعه أولًا بشكل صحيح.',
  'Tip: vraag bij een nieuwe taak wat de gevaren zijn. Een goede collega legt het graag uit.':
    'نصيحة: في مهمة جديدة، اسأل ما هي الأخطار. الزميل الجيد يحب أن يشرح ذلك.',
  'Je werk plannen': 'تخطيط عملك',
  'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.':
    'التخطيط هو أن تختار ماذا تفعل أولًا. هكذا تنتهي في الوقت. ولا تنسى شيئًا.',
  'Begin met een lijstje van wat je vandaag moet doen. Zet bij elke taak: moet dit vandaag af? Doe die taken eerst.':
    'ابدأ بقائمة بما عليك أن تفعله اليوم. اكتب عند كل مهمة: هل يجب أن تنتهي اليوم؟ قم بهذه المهام أولًا.',
  'Je hebt drie pakketten. Eén moet voor tien uur bezorgd zijn. Welke bezorg je eerst?':
    'معك ثلاثة طرود. واحد منها يجب أن يصل قبل الساعة العاشرة. أيّها توصل أولًا؟',
  'Het pakket dat voor tien uur moet.': 'الطرد الذي يجب أن يصل قبل العاشرة.',
  'Wat een tijd heeft, gaat voor. Daarna kies je de kortste route.':
    'ما له وقت محدّد يأتي أولًا. بعد ذلك تختار أقصر طريق.',
  'Het pakket dat het dichtstbij is.': 'الطرد الأقرب.',
  'Dat lijkt slim. Maar dan kan het andere pakket te laat komen. Kijk eerst naar de tijd.':
    'هذا يبدو ذكيًا. لكن عندها قد يتأخر الطرد الآخر. انظر إلى الوقت أولًا.',
  'Tip: loopt je planning uit? Zeg het op tijd. Dan kan iemand je helpen of iets anders regelen.':
    'نصيحة: هل تتأخر عن خطتك؟ قل ذلك في الوقت المناسب. عندها يستطيع أحد أن يساعدك أو يرتّب شيئًا آخر.',
  'Een klant goed helpen': 'مساعدة الزبون بشكل جيد',
  'Een klant wil zich welkom voelen. Kijk de klant aan en groet. Vraag dan wat je kunt doen.':
    'الزبون يريد أن يشعر بالترحيب. انظر إلى الزبون وسلّم عليه. ثم اسأل ماذا تستطيع أن تفعل له.',
  'Luister eerst goed. Vraag door als je het niet zeker weet. Zo help je de klant met wat hij echt nodig heeft.':
    'استمع جيدًا أولًا. اسأل أكثر إذا لم تكن متأكدًا. هكذا تساعد الزبون فيما يحتاجه حقًا.',
  'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?':
    'هناك زبون غاضب. مصباحه الجديد لا يعمل. ماذا تقول أولًا؟',
  '"Vervelend voor u. Laat maar zien, dan kijken we samen."': '«هذا مزعج لك. أرني، ثم ننظر معًا.»',
  'Je laat zien dat je de klant hoort. Dan wordt hij vaak rustiger.': 'تُظهر للزبون أنك تسمعه. عندها يهدأ غالبًا.',
  '"Dat ligt vast niet aan de lamp."': '«على الأرجح المشكلة ليست في المصباح.»',
  'Dan voelt de klant zich niet gehoord. Luister eerst en kijk samen.':
    'عندها لا يشعر الزبون أنك تسمعه. استمع أولًا وانظر إلى الأمر معه.',
  'Samenwerken met je collega’s': 'العمل مع زملائك',
  'Samen kun je meer dan alleen. Maar dan moet je wel weten wie wat doet. Spreek dat aan het begin af.':
    'معًا تستطيع أكثر مما تستطيع وحدك. لكن عندها يجب أن تعرف من يفعل ماذا. اتفق على ذلك في البداية.',
  'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller af.':
    'هل انتهيت من مهمتك؟ عندها اسأل هل يحتاج زميل إلى مساعدة. هكذا ينتهي العمل أسرع.',
  'Jij en een collega zijn het oneens over hoe iets moet. Wat doe je?':
    'أنت وزميل لا تتفقان على طريقة القيام بشيء. ماذا تفعل؟',
  'We zeggen allebei waarom. Dan kiezen we samen.': 'كلانا يقول السبب. ثم نختار معًا.',
  'Zo hoor je elkaar. Lukt het niet, vraag dan je leidinggevende.':
    'هكذا يسمع كل واحد منكما الآخر. إذا لم ينجح ذلك، اسأل مديرك.',
  'Ik doe het gewoon op mijn manier.': 'أعمله ببساطة على طريقتي.',
  'Dan doet ieder iets anders. Praat het eerst uit.': 'عندها يفعل كل واحد شيئًا مختلفًا. تكلّم عن الأمر معه أولًا.',
  'Nauwkeurig werken': 'العمل بدقة',
  'Nauwkeurig werken is het in één keer goed doen. Dan hoeft niemand het over te doen.':
    'العمل بدقة هو أن تقوم بالعمل بشكل صحيح من أول مرة. عندها لا يحتاج أحد أن يعيده.',
  'Kijk je werk na voordat je zegt dat het klaar is. Loop de stappen nog een keer langs. Klopt alles?':
    'راجع عملك قبل أن تقول إنه انتهى. مرّ على الخطوات مرة أخرى. هل كل شيء صحيح؟',
  'Je moet twintig dozen tellen. Je bent bijna klaar en het is bijna pauze. Wat doe je?':
    'عليك أن تعدّ عشرين صندوقًا. أنت على وشك الانتهاء، والاستراحة قريبة. ماذا تفعل؟',
  'Ik tel rustig af en kijk het na.': 'أكمل العدّ بهدوء وأراجعه.',
  'Een fout vinden kost later veel meer tijd.': 'إيجاد خطأ لاحقًا يأخذ وقتًا أكثر بكثير.',
  'Ik schat de laatste dozen.': 'أخمّن عدد آخر الصناديق.',
  'Dan klopt de telling misschien niet. Tel liever af, ook als het pauze is.':
    'عندها قد يكون العدد غير صحيح. من الأفضل أن تكمل العدّ، حتى لو كان وقت الاستراحة.',
  'Duidelijk communiceren': 'التواصل بوضوح',
  'Communiceren is praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je begrijpt.':
    'التواصل هو الكلام والاستماع. تقول بوضوح ما تقصده. وتنتبه هل الشخص الآخر يفهمك.',
  'Heb je iets niet goed gehoord of begrepen? Zeg dat dan meteen. Vraag het gewoon nog een keer.':
    'هل لم تسمع شيئًا جيدًا أو لم تفهمه؟ عندها قل ذلك فورًا. اسأل ببساطة مرة أخرى.',
  'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je verstaat het niet. Wat doe je?':
    'هناك ضجيج كثير في موقع البناء. زميل ينادي عليك بشيء. لا تسمع ما يقول. ماذا تفعل؟',
  'Ik loop naar hem toe en vraag het nog een keer.': 'أذهب إليه وأسأله مرة أخرى.',
  'Zo weet je zeker wat hij bedoelt. Op de bouw kan een misverstand gevaarlijk zijn.':
    'هكذا تعرف بالتأكيد ماذا يقصد. في موقع البناء يمكن أن يكون سوء الفهم خطيرًا.',
  'Ik steek mijn duim op en werk door.': 'أرفع إبهامي وأكمل العمل.',
  'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.':
    'عندها لا تعرف ماذا قال. ربما كان الأمر مهمًا. من الأفضل أن تسأل مرة أخرى.',
  'Tip: geef je een boodschap door? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.':
    'نصيحة: هل تنقل رسالة؟ عندها قل من وماذا ومتى. واطلب من الشخص الآخر أن يكررها باختصار.',
  'Goed zorgen voor een ander': 'الاهتمام الجيد بشخص آخر',
  'Zorgzaam zijn is letten op een ander. Wat kan iemand zelf? En waar wil hij hulp bij?':
    'أن تهتم بالآخرين يعني أن تنتبه إلى الشخص الآخر. ماذا يستطيع أن يفعل بنفسه؟ وفي ماذا يريد المساعدة؟',
  'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.':
    'لا تساعد بسرعة كبيرة. كثير من الناس يحبون أن يفعلوا بأنفسهم ما يستطيعون. اسأل أولًا هل يريد الشخص مساعدة.',
  'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Het gaat langzaam. Wat doe je?':
    'السيد يانسن يريد أن يخرج. يلبس معطفه بنفسه. يفعل ذلك ببطء. ماذا تفعل؟',
  'Ik wacht rustig en vraag of hij hulp wil.': 'أنتظر بهدوء وأسأله هل يريد مساعدة.',
  'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp krijgt.':
    'هكذا يفعل بنفسه ما يستطيع. وهو يختار بنفسه هل يحصل على مساعدة.',
  'Ik doe snel zijn jas voor hem aan.': 'أُلبسه معطفه بسرعة.',
  'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.':
    'هكذا يكون الأمر أسرع. لكنه يستطيع أن يفعله بنفسه. اسأل أولًا ماذا يريد.',
  'Tip: noem iemand bij zijn naam. Zeg wat je gaat doen, voordat je het doet. Dan weet de ander wat er komt.':
    'نصيحة: نادِ الشخص باسمه. قل ماذا ستفعل قبل أن تفعله. هكذا يعرف الشخص الآخر ماذا سيحدث.',
  'Zelfstandig werken': 'العمل باستقلالية',
  'Zelfstandig werken is je taak doen zonder dat iemand meekijkt. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.':
    'العمل باستقلالية هو أن تقوم بمهمتك دون أن يراقبك أحد. تعرف ماذا يجب أن تفعل. وتعرف متى تطلب المساعدة.',
  'Gaat er iets anders dan gepland? Kijk eerst of je het zelf kunt regelen. Lukt dat niet? Vraag dan hulp.':
    'هل يحدث شيء بشكل مختلف عن الخطة؟ انظر أولًا هل تستطيع أن تحلّه بنفسك. لا تستطيع؟ عندها اطلب المساعدة.',
  'Je maakt alleen hotelkamers schoon. In een kamer liggen geen handdoeken. Je weet waar ze liggen. Wat doe je?':
    'تنظّف غرف الفندق وحدك. في إحدى الغرف لا توجد مناشف. تعرف أين توجد المناشف. ماذا تفعل؟',
  'Ik haal zelf handdoeken en werk verder.': 'أُحضر المناشف بنفسي وأكمل العمل.',
  'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.':
    'هذا تستطيع أن تحلّه بنفسك. هكذا تكون الغرفة جاهزة للضيف في الوقت المناسب.',
  'Ik wacht tot mijn leidinggevende langskomt.': 'أنتظر حتى يمرّ مديري.',
  'Dan ligt je werk stil. Zoiets kleins kun je vaak zelf regelen.':
    'عندها يتوقف عملك. شيء صغير مثل هذا تستطيع غالبًا أن تحلّه بنفسك.',
  'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.':
    'نصيحة: هل لم تكن متأكدًا من شيء؟ اكتبه. اسأل عنه في نهاية اليوم. هكذا تعرفه في المرة القادمة.',
  'Staan voor je werk': 'تحمّل مسؤولية عملك',
  'Verantwoordelijkheid nemen is zorgen voor je werk. Je maakt je taak goed af. En je gaat zuinig om met je spullen.':
    'تحمّل المسؤولية هو أن تهتم بعملك. تُنهي مهمتك بشكل جيد. وتحافظ على أغراضك.',
  'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan het snel worden opgelost.':
    'كل شخص يخطئ أحيانًا. هذا ليس سيئًا. عندها قل ذلك بصدق. هكذا يمكن حلّ المشكلة بسرعة.',
  'Je laat een doos met glazen vallen. Er zijn er twee kapot. Niemand heeft het gezien. Wat doe je?':
    'يسقط منك صندوق فيه كؤوس. انكسرت كأسان. لم يرَ أحد ذلك. ماذا تفعل؟',
  'Ik zeg het tegen mijn leidinggevende.': 'أقول ذلك لمديري.',
  'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.':
    'هكذا يعرف الجميع ماذا حدث. ولا يحصل الزبون على كؤوس مكسورة.',
  'Ik zet de doos gewoon terug in het rek.': 'أعيد الصندوق إلى الرف وكأن شيئًا لم يحدث.',
  'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever, dan kan het worden opgelost.':
    'عندها يجد شخص آخر الكؤوس المكسورة. أو يجدها زبون. من الأفضل أن تقول ذلك، هكذا يمكن حلّ المشكلة.',
  'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?':
    'نصيحة: هل انتهيت؟ انظر حولك مرة أخرى. هل كل شيء مرتّب؟ هل كل شيء في مكانه؟',
  'Een probleem oplossen': 'حلّ مشكلة',
  'Op je werk gaat wel eens iets mis. Een machine doet het niet. Of er ontbreekt iets. Dan zoek je een oplossing.':
    'في العمل يحدث خطأ أحيانًا. آلة لا تعمل. أو ينقص شيء. عندها تبحث عن حل.',
  'Ga stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Meld het dan.':
    'اعمل خطوة خطوة. ما المشكلة بالضبط؟ جرّب أولًا الشيء الأسهل. لم ينجح؟ عندها أبلغ عنه.',
  'Je maakt schoon bij een klant thuis. De stofzuiger doet het ineens niet meer. Wat doe je eerst?':
    'تنظّف في بيت زبون. فجأة لا تعمل المكنسة الكهربائية. ماذا تفعل أولًا؟',
  'Ik kijk of de stekker goed in het stopcontact zit.': 'أتأكد هل القابس موصول جيدًا بالمقبس.',
  'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij dan nog niet? Meld het.':
    'ابدأ بالأسهل. غالبًا يكون هذا هو الحل. ألا تزال لا تعمل؟ أبلغ عن ذلك.',
  'Ik zeg tegen de klant dat de stofzuiger kapot is.': 'أقول للزبون إن المكنسة الكهربائية معطّلة.',
  'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.':
    'ربما لا يوجد شيء معطّل. انظر أولًا بنفسك إلى الأسهل. هكذا تعرف أكثر.',
  'Tip: komt hetzelfde probleem vaak terug? Zeg het dan tegen je leidinggevende. Samen kun je kijken hoe het beter kan.':
    'نصيحة: هل تتكرر المشكلة نفسها كثيرًا؟ عندها قل ذلك لمديرك. معًا تستطيعان أن تبحثا كيف يصبح الأمر أفضل.',
  'Flexibel zijn': 'المرونة',
  'Op je werk verandert er vaak iets. Een andere taak, een andere plek of een nieuwe collega. Flexibel zijn is daar goed mee omgaan.':
    'في العمل يتغير شيء ما كثيرًا. مهمة أخرى أو مكان آخر أو زميل جديد. المرونة هي أن تتعامل مع ذلك جيدًا.',
  'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.':
    'تحتاج وقتًا قصيرًا لتتعوّد على شيء جديد. هذا طبيعي. اسأل ماذا تحتاج أن تعرف. ثم جرّب ببساطة.',
  'Je vult meestal de schappen. Vandaag is het druk bij de kassa. Je leidinggevende vraagt of je daar helpt. Wat doe je?':
    'عادةً تملأ الرفوف. اليوم يوجد ازدحام عند صندوق الدفع. مديرك يسألك هل تساعد هناك. ماذا تفعل؟',
  'Ik ga helpen en vraag wat ik moet weten.': 'أذهب للمساعدة وأسأل ماذا أحتاج أن أعرف.',
  'Zo help je het team waar het nodig is. En je leert er iets nieuws bij.':
    'هكذا تساعد الفريق حيث يحتاجك. وتتعلم شيئًا جديدًا أيضًا.',
  'Ik zeg dat ik liever bij de schappen blijf.': 'أقول إنني أفضّل أن أبقى عند الرفوف.',
  'De schappen ken je goed, dat is fijn. Maar nu heeft het team je bij de kassa nodig.':
    'أنت تعرف الرفوف جيدًا، وهذا جميل. لكن الفريق يحتاجك الآن عند صندوق الدفع.',
  'Tip: verandert er iets? Vraag waarom. Als je de reden weet, is het vaak makkelijker.':
    'نصيحة: هل يتغير شيء؟ اسأل لماذا. عندما تعرف السبب، يكون الأمر غالبًا أسهل.',
  'Iets nieuws leren': 'تعلّم شيء جديد',
  'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.':
    'في العمل تتعلم دائمًا شيئًا جديدًا. مهمة جديدة أو آلة جديدة. لا أحد يستطيع كل شيء من البداية.',
  'Kijk goed als iemand iets voordoet. Doe het daarna zelf, terwijl die persoon kijkt. Zo kan die persoon je meteen helpen.':
    'انظر جيدًا عندما يُريك أحد كيف يعمل شيئًا. ثم اعمله بنفسك وهو ينظر. هكذا يستطيع أن يساعدك فورًا.',
  'Een collega laat zien hoe de nieuwe boormachine werkt. Hij doet het één keer voor. Wat doe je?':
    'زميل يُريك كيف يعمل المثقاب الكهربائي الجديد. يُريك ذلك مرة واحدة. ماذا تفعل؟',
  'Ik vraag of ik het zelf mag doen terwijl hij kijkt.': 'أسأله هل يمكنني أن أعمله بنفسي وهو ينظر.',
  'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.':
    'هكذا ترى فورًا هل تعمله بشكل صحيح. وزميلك يستطيع أن يعطيك نصائح.',
  'Ik zeg dat ik het snap en probeer het later alleen.': 'أقول إنني فهمت وأجرّب لاحقًا وحدي.',
  'Dan gaat het misschien mis als niemand kijkt. Oefen liever eerst samen.':
    'عندها قد يحدث خطأ عندما لا ينظر أحد. من الأفضل أن تتدرب أولًا معه.',
  'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens nalezen.':
    'نصيحة: اكتب الخطوات بكلماتك الخاصة. هكذا تستطيع أن تقرأها مرة أخرى لاحقًا.',
  Doorzetten: 'المثابرة',
  'Sommig werk is zwaar of saai. Of het lukt niet meteen. Doorzetten is dan toch doorgaan.':
    'بعض العمل متعب أو مملّ. أو لا ينجح شيء من أول مرة. المثابرة هي أن تستمر رغم ذلك.',
  'Een grote klus lijkt soms eindeloos. Maak er kleine stukjes van. Na elk stukje zie je dat je opschiet.':
    'العمل الكبير يبدو أحيانًا بلا نهاية. قسّمه إلى أجزاء صغيرة. بعد كل جزء ترى أنك تتقدم.',
  'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?':
    'عليك أن تقشّر وعاءً كبيرًا من البطاطا. بعد نصف ساعة وصلت فقط إلى النصف. ماذا تفعل؟',
  'Ik ga door. Af en toe kijk ik hoe ver ik ben.': 'أستمر. ومن وقت لآخر أنظر إلى أين وصلت.',
  'Zo zie je dat je opschiet. Dan is het makkelijker om door te gaan.':
    'هكذا ترى أنك تتقدم. عندها يكون الاستمرار أسهل.',
  'Ik laat de rest staan voor een collega.': 'أترك الباقي لزميل.',
  'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.':
    'عندها يجب على زميل أن يُكمله. أو لا يكون الطعام جاهزًا في الوقت. من الأفضل أن تستمر، جزءًا بعد جزء.',
  'Tip: lukt iets niet de eerste keer? Kijk wat er misging. Probeer het dan nog een keer. Vraag een tip als je vastloopt.':
    'نصيحة: لم ينجح شيء من أول مرة؟ انظر ما الخطأ. ثم حاول مرة أخرى. اطلب نصيحة إذا توقفت ولم تعرف كيف تكمل.',
  'Rustig werken als het druk is': 'العمل بهدوء عندما يكثر العمل',
  'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.':
    'أحيانًا يكون العمل كثيرًا جدًا. ضيوف كثيرون وطلبات كثيرة ووقت قليل. هذا جزء من أعمال كثيرة.',
  'Is het druk? Doe één ding tegelijk. Kies wat eerst moet. En vraag hulp als het te veel wordt.':
    'هل العمل كثير؟ افعل شيئًا واحدًا في كل مرة. اختر ما يجب أن يكون أولًا. واطلب المساعدة إذا أصبح الأمر كثيرًا عليك.',
  'Het is zaterdagavond. Drie tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?':
    'إنه مساء السبت. ثلاث طاولات تريد أن تطلب. وفي المطبخ طعام ساخن جاهز أيضًا. ماذا تفعل؟',
  'Ik zeg tegen de tafels dat ik zo kom. Dan breng ik eerst het eten.':
    'أقول للطاولات إنني سآتي بعد قليل. ثم أحضر الطعام أولًا.',
  'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.':
    'الطعام الساخن لا يستطيع أن ينتظر طويلًا. والضيوف يعرفون أنك ستأتي بعد قليل.',
  'Ik neem eerst alle bestellingen op. Het eten wacht wel.': 'آخذ كل الطلبات أولًا. الطعام يستطيع أن ينتظر.',
  'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.':
    'عندها يبرد الطعام. أحضره أولًا. قل للضيوف إنك ستأتي بعد قليل.',
  'Tip: wordt het je te veel? Zeg het tegen een collega of je leidinggevende. Dan kijken jullie samen wat eerst moet.':
    'نصيحة: هل أصبح العمل كثيرًا عليك؟ قل ذلك لزميل أو لمديرك. ثم تنظران معًا ماذا يجب أن يكون أولًا.',
  'Zelf iets oppakken': 'أن تبدأ بشيء من نفسك',
  'Initiatief nemen is zelf iets oppakken. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.':
    'أخذ المبادرة هو أن تبدأ بشيء من نفسك. لا تنتظر حتى يطلب منك أحد. ترى ما يجب أن يحدث.',
  'Ben je klaar met je werk? Kijk dan om je heen. Is er iets wat je kunt doen? Vraag of je kunt helpen.':
    'هل انتهيت من عملك؟ انظر حولك. هل هناك شيء تستطيع أن تفعله؟ اسأل هل تستطيع أن تساعد.',
  'Je bent eerder klaar met je rit. Je collega’s laden nog bussen in. Wat doe je?':
    'أنهيت جولة التوصيل مبكرًا. زملاؤك ما زالوا يحمّلون السيارات. ماذا تفعل؟',
  'Ik vraag of ik kan helpen met inladen.': 'أسأل هل أستطيع أن أساعد في التحميل.',
  'Je ziet wat er moet gebeuren en biedt hulp aan. Zo is iedereen eerder klaar.':
    'ترى ما يجب أن يحدث وتعرض المساعدة. هكذا ينتهي الجميع أبكر.',
  'Ik wacht in de kantine tot iemand me iets vraagt.': 'أنتظر في غرفة الاستراحة حتى يطلب مني أحد شيئًا.',
  'Dan blijft er werk liggen dat jij kunt doen. Kijk zelf wat er nodig is.':
    'عندها يبقى عمل تستطيع أنت أن تقوم به. انظر بنفسك ما المطلوب.',
  'Tip: heb je een idee om het werk beter te doen? Vertel het aan je leidinggevende. Vaak zijn ze blij met een goed idee.':
    'نصيحة: هل عندك فكرة لتحسين العمل؟ أخبر مديرك بها. غالبًا يفرح المديرون بفكرة جيدة.',
  'Samenwerken op de bouwplaats': 'العمل معًا في موقع البناء',
  'Je leert hoe je afspraken maakt met je ploeg.': 'تتعلّم كيف تضع اتفاقات مع فريقك.',
  'Duidelijk uitleggen': 'الشرح بوضوح',
  'Je oefent met korte, duidelijke zinnen. Je leert ook goed luisteren.':
    'تتدرّب على جمل قصيرة وواضحة. وتتعلّم أيضًا أن تستمع جيدًا.',
  'De klant centraal': 'الزبون أولًا',
  'Je leert vragen wat een klant nodig heeft. Je oefent met echte situaties.':
    'تتعلّم أن تسأل ماذا يحتاج الزبون. تتدرّب على مواقف حقيقية.',
  'Aandacht voor een ander': 'الاهتمام بشخص آخر',
  'Je leert zien wat iemand nodig heeft. Je oefent met geduld en vriendelijkheid.':
    'تتعلّم أن ترى ماذا يحتاج شخص ما. تتدرّب على الصبر واللطف.',
  'Zelf aan de slag': 'البدء بالعمل بنفسك',
  'Je leert een taak alleen te doen. Je weet ook wanneer je hulp vraagt.':
    'تتعلّم أن تقوم بمهمة وحدك. وتعرف أيضًا متى تطلب المساعدة.',
  'Sta voor je werk': 'قف وراء عملك',
  'Je leert eerlijk te zijn over fouten. Je maakt je taak goed af.':
    'تتعلّم أن تكون صادقًا بشأن الأخطاء. تُنهي مهمتك بشكل جيد.',
  'Precies werken': 'العمل الدقيق',
  'Je leert je eigen werk na te kijken. Zo vind je fouten op tijd.':
    'تتعلّم أن تراجع عملك بنفسك. هكذا تجد الأخطاء في الوقت المناسب.',
  'Veilig aan het werk': 'اعمل بأمان',
  'Je leert gevaar te zien en te melden. Je kent de belangrijkste regels.':
    'تتعلّم أن ترى الخطر وتبلّغ عنه. تعرف أهم القواعد.',
  'Je werkdag plannen': 'تخطيط يوم عملك',
  'Je leert wat eerst moet en wat later kan. Je maakt een eigen dagplan.':
    'تتعلّم ما يجب أولًا وما يمكن أن ينتظر. تضع خطة ليومك بنفسك.',
  'Oplossingen bedenken': 'إيجاد الحلول',
  'Je oefent met kleine problemen op het werk. Je leert stap voor stap een oplossing vinden.':
    'تتدرّب على مشكلات صغيرة في العمل. تتعلّم أن تجد حلًا خطوة بخطوة.',
  'Omgaan met verandering': 'التعامل مع التغيير',
  'Je leert wat je kunt doen als je werk verandert. Zo blijf je rustig.':
    'تتعلّم ماذا تستطيع أن تفعل عندما يتغيّر عملك. هكذا تبقى هادئًا.',
  'Leren op het werk': 'التعلّم في العمل',
  'Je leert goede vragen stellen. Je gebruikt tips van collega’s.': 'تتعلّم أن تطرح أسئلة جيدة. تستعمل نصائح زملائك.',
  Volhouden: 'المثابرة',
  'Je leert een taak af te maken, ook als het tegenzit.': 'تتعلّم أن تُنهي مهمة، حتى عندما تسوء الأمور.',
  'Rustig blijven als het druk is': 'البقاء هادئًا عندما يكون هناك شغل كثير',
  'Je leert wat je doet als het druk is: rustig ademen, kiezen en doorgaan.':
    'تتعلّم ماذا تفعل عندما يكون الشغل كثيرًا: تتنفّس بهدوء، وتختار، وتستمر.',
  'Zelf beginnen': 'البدء بنفسك',
  'Je leert zien wat er moet gebeuren. Je pakt het op zonder te wachten.':
    'تتعلّم أن ترى ما يجب فعله. تقوم به دون أن تنتظر.',
  'Afspraak is afspraak': 'الاتفاق اتفاق',
  'Je leert afspraken na te komen. Je oefent wat je doet als iets niet lukt.':
    'تتعلّم أن تلتزم بالاتفاقات. تتدرّب على ما تفعله عندما لا ينجح شيء.',
  'Nederlands voor je werk': 'اللغة الهولندية لعملك',
  'Je oefent gratis met praten en luisteren op het werk. Je kunt thuis oefenen.':
    'تتدرّب مجانًا على الكلام والاستماع في العمل. تستطيع أن تتدرّب في البيت.',
  'Rekenen voor je werk': 'الحساب لعملك',
  'Je oefent met meten, tellen en geld. Zo werk je preciezer.': 'تتدرّب على القياس والعدّ والمال. هكذا تعمل بدقة أكبر.',
  'Plannen en afspraken maken': 'التخطيط وتحديد المواعيد',
  'Je oefent met een agenda en met afspraken. Zo ben je op tijd.':
    'تتدرّب على استعمال الأجندة والمواعيد. هكذا تكون في الوقت.',
  'Leren met de computer': 'التعلّم بالكمبيوتر',
  'Je leert in je eigen tempo op de computer of telefoon. Je kiest zelf wat je oefent.':
    'تتعلّم بسرعتك الخاصة على الكمبيوتر أو الهاتف. تختار بنفسك ما تتدرّب عليه.',
  'Gesprekken met klanten': 'الحديث مع الزبائن',
  'Je oefent korte gesprekken met klanten. Je leert hoe je aardig iets vraagt en zegt.':
    'تتدرّب على أحاديث قصيرة مع الزبائن. تتعلّم كيف تسأل وتقول شيئًا بلطف.',
  'Entree: werken in een team': 'مستوى البداية (Entree): العمل في فريق',
  'Je leert samenwerken, op tijd komen en vragen stellen. Je oefent in de les en in de praktijk.':
    'تتعلّم العمل مع الآخرين، والمجيء في الوقت، وطرح الأسئلة. تتدرّب في الدرس وفي العمل.',
  'Communicatie op de werkvloer': 'التواصل في مكان العمل',
  'Je leert je woorden aan te passen aan de ander. Je oefent met rollenspellen.':
    'تتعلّم أن تختار كلماتك حسب الشخص الآخر. تتدرّب بلعب الأدوار.',
  'Klantgericht werken in winkel en horeca': 'خدمة الزبائن في المتاجر والمطاعم والفنادق',
  'Je leert klanten goed helpen. Je oefent ook met klachten.': 'تتعلّم أن تساعد الزبائن جيدًا. تتدرّب أيضًا على الشكاوى.',
  'Basis zorg en welzijn': 'أساسيات الرعاية والرفاهية',
  'Je leert goed zorgen voor cliënten. Je leert ook wat je meldt en aan wie.':
    'تتعلّم أن تعتني جيدًا بالأشخاص الذين ترعاهم. وتتعلّم أيضًا ماذا تبلّغ، ولمن.',
  'Werken met een zorgplan': 'العمل بخطة رعاية',
  'Je leert werken met een zorgplan. Je plant je zorg en je neemt verantwoordelijkheid.':
    'تتعلّم العمل بخطة رعاية. تخطّط رعايتك وتتحمّل المسؤولية.',
  'Storingen zoeken in de techniek': 'البحث عن الأعطال في التقنية',
  'Je leert stap voor stap zoeken waar een storing vandaan komt. Je werkt precies.':
    'تتعلّم أن تبحث خطوة بخطوة من أين يأتي العطل. تعمل بدقة.',
  'Leren en werken tegelijk (BBL)': 'التعلّم والعمل في نفس الوقت (BBL)',
  'Je werkt bij een leerbedrijf en gaat één dag per week naar school. Zo haal je een mbo-diploma.':
    'تعمل في شركة تدريب وتذهب إلى المدرسة يومًا واحدًا في الأسبوع. هكذا تحصل على شهادة MBO.',
  'Eerste monteur: werk verdelen': 'الفنّي الأول: توزيع العمل',
  'Je leert het werk voor een kleine ploeg te plannen. Je leert collega’s helpen en aansturen.':
    'تتعلّم أن تخطّط العمل لفريق صغير. تتعلّم أن تساعد زملاءك وتوجّههم.',
  'Klantgericht werken': 'العمل مع الزبائن',
  'Je leert vragen wat een klant wil. Je oefent ook met een klant die boos is.':
    'تتعلّم أن تسأل ماذا يريد الزبون. تتدرّب أيضًا مع زبون غاضب.',
  'Zorgzaam werken': 'العمل باهتمام',
  'Je leert zien wat een ander nodig heeft. Je oefent hoe je helpt zonder alles over te nemen.':
    'تتعلّم أن ترى ما يحتاجه شخص آخر. تتدرّب على المساعدة دون أن تأخذ كل شيء منه.',
  'Verantwoordelijkheid nemen': 'تحمّل المسؤولية',
  'Je leert je werk af te maken. Je oefent hoe je zegt dat er iets mis is gegaan.':
    'تتعلّم أن تُنهي عملك. تتدرّب على أن تقول إن شيئًا ما حدث بشكل خاطئ.',
  'Nauwkeurig werken in de praktijk': 'العمل بدقّة',
  'Je leert je eigen werk te controleren. Je oefent met lijstjes en afspraken.':
    'تتعلّم أن تراجع عملك بنفسك. تتدرّب باستخدام القوائم والاتفاقات.',
  'Veilig werken in elk beroep': 'العمل بأمان في كل مهنة',
  'Je leert gevaar op tijd te zien. Je oefent wat je doet als het toch misgaat.':
    'تتعلّم أن ترى الخطر في الوقت المناسب. تتدرّب على ما تفعله إذا حدث خطأ رغم ذلك.',
  'Plannen als het druk is': 'التخطيط عندما يكون العمل كثيرًا',
  'Je leert je week te plannen. Je oefent wat je doet als er iets tussenkomt.':
    'تتعلّم أن تخطّط أسبوعك. تتدرّب على ما تفعله عندما يطرأ شيء.',
  'Problemen oplossen op het werk': 'حلّ المشكلات في العمل',
  'Je leert een probleem in stappen op te lossen. Je oefent met problemen uit je eigen werk.':
    'تتعلّم أن تحلّ مشكلة خطوة بخطوة. تتدرّب على مشكلات من عملك أنت.',
  'Afspraken maken en nakomen': 'الالتزام بالاتفاقات',
  'Je leert afspraken te maken die je kunt houden. Je oefent hoe je het zegt als iets niet lukt.':
    'تتعلّم أن تتفق على أمور تستطيع الالتزام بها. تتدرّب على أن تقول ذلك عندما لا ينجح شيء.',
  'Omgaan met stress op het werk': 'التعامل مع التوتر في العمل',
  'Je leert wat druk met je doet. Je oefent hoe je kiest wat eerst moet.':
    'تتعلّم ماذا يفعل بك الضغط. تتدرّب على اختيار ما يأتي أولًا.',
  'Flexibel in je werk': 'المرونة في عملك',
  'Je leert positief te blijven als je werk verandert. Je deelt tips met anderen.':
    'تتعلّم أن تبقى إيجابيًا عندما يتغيّر عملك. تشارك نصائحك مع الآخرين.',
  'Initiatief nemen': 'أخذ المبادرة',
  'Je leert ideeën te geven om het werk beter te maken. Je oefent hoe je dat zegt.':
    'تتعلّم أن تعطي أفكارًا لجعل العمل أفضل. تتدرّب على طريقة قول ذلك.',
  'Doelen stellen en volhouden': 'وضع الأهداف والمثابرة',
  'Je maakt een plan voor je eigen doel. Je leert doorgaan als het tegenzit.':
    'تضع خطة لهدفك الخاص. تتعلّم أن تستمر عندما تسوء الأمور.',
  'Lastige gesprekken voeren': 'إجراء أحاديث صعبة',
  'Je oefent gesprekken die spannend zijn. Je leert rustig te blijven en goed te luisteren.':
    'تتدرّب على أحاديث تجعلك متوترًا. تتعلّم أن تبقى هادئًا وتستمع جيدًا.',
  'Samenwerken met verschillende mensen': 'العمل مع أشخاص مختلفين',
  'Je leert samenwerken met mensen die anders zijn dan jij. Je maakt samen afspraken.':
    'تتعلّم العمل مع أشخاص مختلفين عنك. تضع معهم اتفاقات.',
  'Ontdek hoe jij leert': 'اكتشف كيف تتعلّم',
  'Je ontdekt met een coach hoe jij het beste leert. Je maakt een eigen leerplan.':
    'تكتشف مع مرشد كيف تتعلّم بأفضل طريقة. تضع خطة تعلّم خاصة بك.',
  'Meewerkweek op de bouwplaats': 'أسبوع عمل في موقع البناء',
  'Je werkt een week mee in een bouwploeg. Je leert veilig werken en samenwerken.':
    'تعمل أسبوعًا مع فريق بناء. تتعلّم العمل بأمان والعمل مع الآخرين.',
  'Inwerken in de keuken': 'البداية في المطبخ',
  'Je werkt mee in een restaurantkeuken. Je leert snel en schoon werken, ook als het druk is.':
    'تعمل في مطبخ مطعم. تتعلّم أن تعمل بسرعة وبنظافة، حتى عندما يكون الشغل كثيرًا.',
  'Leerwerkplek in het magazijn': 'مكان تعلّم وعمل في المستودع',
  'Je werkt in een magazijn met een vaste begeleider. Je leert precies werken en je houden aan de planning.':
    'تعمل في مستودع، ومعك مرشد ثابت. تتعلّم أن تعمل بدقة وتلتزم بالخطة.',
  'Werken met een buddy in de zorg': 'العمل مع زميل مرافق في الرعاية',
  'Je werkt samen met een ervaren collega. Je leert goed zorgen en opletten.':
    'تعمل مع زميل له خبرة. تتعلّم أن تعتني جيدًا وأن تنتبه.',
  'Leerwerkplek servicemonteur': 'مكان تعلّم وعمل: فنّي صيانة',
  'Je gaat mee naar klanten en lost storingen op. Later doe je dat alleen.':
    'تذهب مع فنّي إلى الزبائن وتصلح الأعطال. لاحقًا تقوم بذلك وحدك.',
  'Meewerken in de winkel': 'العمل في المتجر',
  'Je werkt mee in een winkel. Je helpt klanten en ziet zelf wat er moet gebeuren.':
    'تعمل في متجر. تساعد الزبائن وترى بنفسك ما يجب فعله.',
  'Meerijden met een ervaren chauffeur': 'الركوب مع سائق له خبرة',
  'Je rijdt mee en leert de vaste ritten. Je leert op tijd en veilig leveren.':
    'تركب مع السائق وتتعلّم الطرق الثابتة. تتعلّم أن توصل في الوقت وبأمان.',
  'Groeien naar meewerkend voorman': 'التطوّر لتصبح رئيس عمّال يعمل مع الفريق',
  'Je leert een ploeg aan te sturen terwijl je meewerkt. Je start zelf verbeteringen.':
    'تتعلّم أن تقود فريقًا وأنت تعمل معه. تبدأ تحسينات بنفسك.',
  'VCA Basis': 'VCA Basis (شهادة السلامة الأساسية)',
  'Je leert veilig werken op de bouwplaats en in de techniek. Je sluit af met een examen.':
    'تتعلّم العمل بأمان في موقع البناء وفي الأعمال التقنية. تنتهي الدورة بامتحان.',
  'VCA VOL voor leidinggevenden': 'VCA VOL (شهادة السلامة للمسؤولين)',
  'Je leert zorgen voor de veiligheid van je ploeg. Je leert collega’s aan te spreken.':
    'تتعلّم أن تهتم بسلامة فريقك. تتعلّم أن تنبّه زملاءك.',
  Heftruckcertificaat: 'شهادة الرافعة الشوكية',
  'Je leert veilig rijden met een heftruck. Je oefent met laden en lossen.':
    'تتعلّم أن تقود الرافعة الشوكية بأمان. تتدرّب على التحميل والتفريغ.',
  'Hygiëne in de keuken': 'النظافة الصحية في المطبخ',
  'Je leert schoon en veilig werken met eten. Je kent de regels voor hygiëne.':
    'تتعلّم العمل بنظافة وأمان مع الطعام. تعرف قواعد النظافة الصحية.',
  'EHBO-diploma': 'شهادة الإسعافات الأولية (EHBO)',
  'Je leert eerste hulp geven bij een ongeluk. Je leert rustig te blijven.':
    'تتعلّم تقديم الإسعافات الأولية عند حادث. تتعلّم أن تبقى هادئًا.',
  'Veilig werken op hoogte': 'العمل بأمان في مكان عالٍ',
  'Je leert veilig werken op een ladder, steiger of dak. Je oefent met een harnas.':
    'تتعلّم العمل بأمان على سلّم أو سقالة أو سطح. تتدرّب بحزام الأمان.',
  'Code 95-nascholing': 'Code 95: تدريب إضافي للسائقين',
  'Je volgt een dag les voor je rijbewijs als chauffeur. Je leert veilig en slim plannen.':
    'تحضر يومًا من الدروس لرخصة السائق المهني. تتعلّم أن تخطّط بأمان وبذكاء.',
};
export default ar;
