/**
 * Turkish: the micro-lessons and the learning offers of the skill language (#25), keyed by the Dutch
 * source. Written for meaning at B1. Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '../../../../text.js';

const tr: Catalogue = {
  'Afspraken nakomen': 'Sözünü tutmak',
  'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s rekenen erop dat je doet wat je zegt.':
    'İş yerinde her gün anlaşmalar yaparsın. Çalışma saatlerin, görevlerin ve molan hakkında. İş arkadaşların, söylediğini yapacağına güvenir.',
  'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.':
    'Bazen bir anlaşmaya uyamazsın. Hastasındır ya da otobüs geç kalır. Bu olabilir. O zaman bunu olabildiğince çabuk söyle.',
  'Je bus rijdt niet. Je begint over tien minuten. Wat doe je?':
    'Otobüsün gelmiyor. On dakika sonra işe başlıyorsun. Ne yaparsın?',
  'Ik bel nu mijn leidinggevende.': 'Şimdi yöneticimi ararım.',
  'Zo weet je leidinggevende het op tijd. Dan kan hij het werk anders regelen.':
    'Böylece yöneticin bunu zamanında öğrenir. O zaman işi başka türlü düzenleyebilir.',
  'Ik leg het uit als ik er ben.': 'Oraya varınca açıklarım.',
  'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.':
    'O zaman herkes seni bekler. Gelip gelmeyeceğini bilmezler. Hemen araman daha iyi.',
  'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend even wat je die dag hebt beloofd.':
    'İpucu: anlaşmalarını not et. Telefonuna ya da bir deftere. Her sabah o gün ne söz verdiğine kısaca bak.',
  'Veilig werken': 'Güvenli çalışmak',
  'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.':
    'Güvenli çalışmak, kask takmaktan daha fazlasıdır. Etrafına dikkatle bakarsın. Bir şey olmadan önce tehlikeyi görürsün.',
  'Zie je iets dat niet veilig is? Stop dan even. Maak het veilig of zeg het tegen je leidinggevende. Ook als het haast heeft.':
    'Güvenli olmayan bir şey mi görüyorsun? O zaman bir an dur. Onu güvenli hale getir ya da yöneticine söyle. Acele olsa bile.',
  'Een ladder staat scheef. Je moet snel iets pakken op de bovenste plank. Wat doe je?':
    'Bir merdiven yamuk duruyor. En üst raftan hızlıca bir şey alman gerekiyor. Ne yaparsın?',
  'Ik zet de ladder eerst goed neer.': 'Önce merdiveni düzgünce yerleştiririm.',
  'Dat kost een halve minuut. Een val kost veel meer.': 'Bu yarım dakika sürer. Düşmenin bedeli çok daha büyüktür.',
  'Ik klim snel en houd me goed vast.': 'Hızlıca tırmanır ve sıkıca tutunurum.',
  'Ook als je je vasthoudt, kan de ladder wegglijden. Zet hem eerst goed neer.':
    'Tutunsan bile merdiven kayabilir. Önce onu düzgünce yerleştir.',
  'Tip: vraag bij een nieuwe taak wat de gevaren zijn. Een goede collega legt het graag uit.':
    'İpucu: yeni bir işte tehlikelerin neler olduğunu sor. İyi bir iş arkadaşı bunu seve seve anlatır.',
  'Je werk plannen': 'İşini planlamak',
  'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.':
    'Planlamak, önce ne yapacağını seçmektir. Böylece zamanında bitirirsin. Ve hiçbir şeyi unutmazsın.',
  'Begin met een lijstje van wat je vandaag moet doen. Zet bij elke taak: moet dit vandaag af? Doe die taken eerst.':
    'Bugün yapman gereken işlerin bir listesiyle başla. Her işin yanına yaz: bu bugün bitmeli mi? Önce o işleri yap.',
  'Je hebt drie pakketten. Eén moet voor tien uur bezorgd zijn. Welke bezorg je eerst?':
    'Üç paketin var. Biri saat ondan önce teslim edilmeli. Önce hangisini teslim edersin?',
  'Het pakket dat voor tien uur moet.': 'Saat ondan önce teslim edilmesi gereken paketi.',
  'Wat een tijd heeft, gaat voor. Daarna kies je de kortste route.':
    'Saati belli olan iş önce gelir. Sonra en kısa yolu seçersin.',
  'Het pakket dat het dichtstbij is.': 'En yakındaki paketi.',
  'Dat lijkt slim. Maar dan kan het andere pakket te laat komen. Kijk eerst naar de tijd.':
    'Bu akıllıca görünüyor. Ama o zaman diğer paket geç kalabilir. Önce saate bak.',
  'Tip: loopt je planning uit? Zeg het op tijd. Dan kan iemand je helpen of iets anders regelen.':
    'İpucu: planın gecikiyor mu? Bunu zamanında söyle. O zaman biri sana yardım edebilir ya da başka bir şey ayarlayabilir.',
  'Een klant goed helpen': 'Bir müşteriye iyi yardım etmek',
  'Een klant wil zich welkom voelen. Kijk de klant aan en groet. Vraag dan wat je kunt doen.':
    'Müşteri kendini hoş karşılanmış hissetmek ister. Müşteriye bak ve selam ver. Sonra onun için ne yapabileceğini sor.',
  'Luister eerst goed. Vraag door als je het niet zeker weet. Zo help je de klant met wat hij echt nodig heeft.':
    'Önce iyi dinle. Emin değilsen daha fazla soru sor. Böylece müşteriye gerçekten ihtiyacı olan şeyde yardım edersin.',
  'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?':
    'Bir müşteri kızgın. Yeni lambası çalışmıyor. Önce ne dersin?',
  '"Vervelend voor u. Laat maar zien, dan kijken we samen."': '"Bu sizin için can sıkıcı. Gösterin, birlikte bakalım."',
  'Je laat zien dat je de klant hoort. Dan wordt hij vaak rustiger.':
    'Müşteriyi duyduğunu gösteriyorsun. O zaman çoğu zaman sakinleşir.',
  '"Dat ligt vast niet aan de lamp."': '"Sorun herhalde lambada değil."',
  'Dan voelt de klant zich niet gehoord. Luister eerst en kijk samen.':
    'O zaman müşteri dinlenmediğini hisseder. Önce dinle ve müşteriyle birlikte bak.',
  'Samenwerken met je collega’s': 'İş arkadaşlarınla birlikte çalışmak',
  'Samen kun je meer dan alleen. Maar dan moet je wel weten wie wat doet. Spreek dat aan het begin af.':
    'Birlikte, tek başına olduğundan daha fazlasını yapabilirsin. Ama o zaman kimin ne yaptığını bilmelisin. Bunu en başta kararlaştır.',
  'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller af.':
    'Kendi işin bitti mi? O zaman bir iş arkadaşının yardıma ihtiyacı olup olmadığını sor. Böylece iş daha çabuk biter.',
  'Jij en een collega zijn het oneens over hoe iets moet. Wat doe je?':
    'Sen ve bir iş arkadaşın, bir işin nasıl yapılacağı konusunda anlaşamıyorsunuz. Ne yaparsın?',
  'We zeggen allebei waarom. Dan kiezen we samen.': 'İkimiz de nedenini söyleriz. Sonra birlikte seçeriz.',
  'Zo hoor je elkaar. Lukt het niet, vraag dan je leidinggevende.':
    'Böylece birbirinizi dinlersiniz. Olmazsa yöneticine sor.',
  'Ik doe het gewoon op mijn manier.': 'Ben işi kendi bildiğim gibi yaparım.',
  'Dan doet ieder iets anders. Praat het eerst uit.':
    'O zaman herkes farklı bir şey yapar. Önce bunu aranızda konuşun.',
  'Nauwkeurig werken': 'Dikkatli çalışmak',
  'Nauwkeurig werken is het in één keer goed doen. Dan hoeft niemand het over te doen.':
    'Dikkatli çalışmak, işi ilk seferde doğru yapmaktır. O zaman kimse onu yeniden yapmak zorunda kalmaz.',
  'Kijk je werk na voordat je zegt dat het klaar is. Loop de stappen nog een keer langs. Klopt alles?':
    'Bitti demeden önce işini kontrol et. Adımların üzerinden bir kez daha geç. Her şey doğru mu?',
  'Je moet twintig dozen tellen. Je bent bijna klaar en het is bijna pauze. Wat doe je?':
    'Yirmi kutu sayman gerekiyor. Neredeyse bitirdin ve mola vakti yaklaşıyor. Ne yaparsın?',
  'Ik tel rustig af en kijk het na.': 'Sakin sakin saymayı bitirir ve kontrol ederim.',
  'Een fout vinden kost later veel meer tijd.': 'Bir hatayı sonradan bulmak çok daha fazla zaman alır.',
  'Ik schat de laatste dozen.': 'Son kutuları tahmin ederim.',
  'Dan klopt de telling misschien niet. Tel liever af, ook als het pauze is.':
    'O zaman sayım belki yanlış olur. Mola olsa bile saymayı bitirmen daha iyi.',
  'Samenwerken op de bouwplaats': 'Şantiyede birlikte çalışmak',
  'Je leert hoe je afspraken maakt met je ploeg.': 'Ekibinle nasıl anlaşma yapacağını öğrenirsin.',
  'Duidelijk uitleggen': 'Açık bir şekilde anlatmak',
  'Je oefent met korte, duidelijke zinnen. Je leert ook goed luisteren.':
    'Kısa ve açık cümlelerle alıştırma yaparsın. İyi dinlemeyi de öğrenirsin.',
  'De klant centraal': 'Önce müşteri',
  'Je leert vragen wat een klant nodig heeft. Je oefent met echte situaties.':
    'Müşteriye neye ihtiyacı olduğunu sormayı öğrenirsin. Gerçek durumlarla alıştırma yaparsın.',
  'Aandacht voor een ander': 'Başkalarına ilgi göstermek',
  'Je leert zien wat iemand nodig heeft. Je oefent met geduld en vriendelijkheid.':
    'Birinin neye ihtiyacı olduğunu görmeyi öğrenirsin. Sabırlı ve nazik olmayı çalışırsın.',
  'Zelf aan de slag': 'Tek başına işe başlamak',
  'Je leert een taak alleen te doen. Je weet ook wanneer je hulp vraagt.':
    'Bir işi tek başına yapmayı öğrenirsin. Ne zaman yardım isteyeceğini de bilirsin.',
  'Sta voor je werk': 'İşinin arkasında dur',
  'Je leert eerlijk te zijn over fouten. Je maakt je taak goed af.':
    'Hatalar konusunda dürüst olmayı öğrenirsin. İşini iyi bir şekilde bitirirsin.',
  'Precies werken': 'Özenli çalışmak',
  'Je leert je eigen werk na te kijken. Zo vind je fouten op tijd.':
    'Kendi işini kontrol etmeyi öğrenirsin. Böylece hataları zamanında bulursun.',
  'Veilig aan het werk': 'İş başında güvenlik',
  'Je leert gevaar te zien en te melden. Je kent de belangrijkste regels.':
    'Tehlikeyi görmeyi ve bildirmeyi öğrenirsin. En önemli kuralları bilirsin.',
  'Je werkdag plannen': 'İş gününü planlamak',
  'Je leert wat eerst moet en wat later kan. Je maakt een eigen dagplan.':
    'Neyin önce yapılması gerektiğini ve neyin bekleyebileceğini öğrenirsin. Kendi gün planını yaparsın.',
  'Oplossingen bedenken': 'Çözüm bulmak',
  'Je oefent met kleine problemen op het werk. Je leert stap voor stap een oplossing vinden.':
    'İşteki küçük sorunlarla alıştırma yaparsın. Adım adım bir çözüm bulmayı öğrenirsin.',
  'Omgaan met verandering': 'Değişimle başa çıkmak',
  'Je leert wat je kunt doen als je werk verandert. Zo blijf je rustig.':
    'İşin değişince ne yapabileceğini öğrenirsin. Böylece sakin kalırsın.',
  'Leren op het werk': 'İş başında öğrenmek',
  'Je leert goede vragen stellen. Je gebruikt tips van collega’s.':
    'İyi sorular sormayı öğrenirsin. İş arkadaşlarının ipuçlarını kullanırsın.',
  Volhouden: 'Pes etmemek',
  'Je leert een taak af te maken, ook als het tegenzit.': 'İşler kötü gitse bile bir işi bitirmeyi öğrenirsin.',
  'Rustig blijven als het druk is': 'İş yoğunken sakin kalmak',
  'Je leert wat je doet als het druk is: rustig ademen, kiezen en doorgaan.':
    'İş yoğunken ne yapacağını öğrenirsin: sakin nefes almak, seçmek ve devam etmek.',
  'Zelf beginnen': 'Kendin başlamak',
  'Je leert zien wat er moet gebeuren. Je pakt het op zonder te wachten.':
    'Ne yapılması gerektiğini görmeyi öğrenirsin. Beklemeden o işi üstlenirsin.',
  'Afspraak is afspraak': 'Söz sözdür',
  'Je leert afspraken na te komen. Je oefent wat je doet als iets niet lukt.':
    'Anlaşmalara uymayı öğrenirsin. Bir şey yolunda gitmezse ne yapacağını çalışırsın.',
  'Nederlands voor je werk': 'İşin için Hollandaca',
  'Je oefent gratis met praten en luisteren op het werk. Je kunt thuis oefenen.':
    'İş yerindeki konuşma ve dinleme için ücretsiz alıştırma yaparsın. Evde çalışabilirsin.',
  'Rekenen voor je werk': 'İşin için hesap yapmak',
  'Je oefent met meten, tellen en geld. Zo werk je preciezer.':
    'Ölçme, sayma ve parayla alıştırma yaparsın. Böylece daha doğru çalışırsın.',
  'Plannen en afspraken maken': 'Planlamak ve randevu ayarlamak',
  'Je oefent met een agenda en met afspraken. Zo ben je op tijd.':
    'Ajanda ve randevularla alıştırma yaparsın. Böylece zamanında gelirsin.',
  'Leren met de computer': 'Bilgisayarla öğrenmek',
  'Je leert in je eigen tempo op de computer of telefoon. Je kiest zelf wat je oefent.':
    'Bilgisayarda ya da telefonda kendi hızında öğrenirsin. Neyi çalışacağını kendin seçersin.',
  'Gesprekken met klanten': 'Müşterilerle konuşmak',
  'Je oefent korte gesprekken met klanten. Je leert hoe je aardig iets vraagt en zegt.':
    'Müşterilerle kısa konuşma alıştırmaları yaparsın. Bir şeyi kibarca nasıl soracağını ve söyleyeceğini öğrenirsin.',
  'Entree: werken in een team': 'Entree (giriş seviyesi): ekipte çalışmak',
  'Je leert samenwerken, op tijd komen en vragen stellen. Je oefent in de les en in de praktijk.':
    'Birlikte çalışmayı, zamanında gelmeyi ve soru sormayı öğrenirsin. Derste ve iş yerinde alıştırma yaparsın.',
  'Communicatie op de werkvloer': 'İş yerinde iletişim',
  'Je leert je woorden aan te passen aan de ander. Je oefent met rollenspellen.':
    'Sözlerini karşındaki kişiye göre ayarlamayı öğrenirsin. Rol oyunlarıyla alıştırma yaparsın.',
  'Klantgericht werken in winkel en horeca': 'Mağazada ve restoranda müşteri odaklı çalışmak',
  'Je leert klanten goed helpen. Je oefent ook met klachten.':
    'Müşterilere iyi yardım etmeyi öğrenirsin. Şikâyetlerle ilgilenmeyi de çalışırsın.',
  'Basis zorg en welzijn': 'Bakım ve refah temel eğitimi',
  'Je leert goed zorgen voor cliënten. Je leert ook wat je meldt en aan wie.':
    'Danışanlara iyi bakmayı öğrenirsin. Neyi kime bildireceğini de öğrenirsin.',
  'Werken met een zorgplan': 'Bakım planıyla çalışmak',
  'Je leert werken met een zorgplan. Je plant je zorg en je neemt verantwoordelijkheid.':
    'Bakım planıyla çalışmayı öğrenirsin. Verdiğin bakımı planlar ve sorumluluk alırsın.',
  'Storingen zoeken in de techniek': 'Teknik arızaları bulmak',
  'Je leert stap voor stap zoeken waar een storing vandaan komt. Je werkt precies.':
    'Bir arızanın nereden geldiğini adım adım bulmayı öğrenirsin. Dikkatli çalışırsın.',
  'Leren en werken tegelijk (BBL)': 'Çalışırken öğrenmek (BBL)',
  'Je werkt bij een leerbedrijf en gaat één dag per week naar school. Zo haal je een mbo-diploma.':
    'Öğrenci yetiştiren bir şirkette çalışır ve haftada bir gün okula gidersin. Böylece bir MBO diploması alırsın.',
  'Eerste monteur: werk verdelen': 'Baş montajcı: işi dağıtmak',
  'Je leert het werk voor een kleine ploeg te plannen. Je leert collega’s helpen en aansturen.':
    'Küçük bir ekibin işini planlamayı öğrenirsin. İş arkadaşlarına yardım etmeyi ve onları yönlendirmeyi öğrenirsin.',
  'Klantgericht werken': 'Müşteri odaklı çalışmak',
  'Je leert vragen wat een klant wil. Je oefent ook met een klant die boos is.':
    'Bir müşterinin ne istediğini sormayı öğrenirsin. Kızgın bir müşteriyle de alıştırma yaparsın.',
  'Zorgzaam werken': 'Özenle çalışmak',
  'Je leert zien wat een ander nodig heeft. Je oefent hoe je helpt zonder alles over te nemen.':
    'Başka birinin neye ihtiyacı olduğunu görmeyi öğrenirsin. Her şeyi üstlenmeden yardım etmeyi çalışırsın.',
  'Verantwoordelijkheid nemen': 'Sorumluluk almak',
  'Je leert je werk af te maken. Je oefent hoe je zegt dat er iets mis is gegaan.':
    'İşini bitirmeyi öğrenirsin. Bir şeyin ters gittiğini söylemeyi çalışırsın.',
  'Nauwkeurig werken in de praktijk': 'Dikkatli çalışmak',
  'Je leert je eigen werk te controleren. Je oefent met lijstjes en afspraken.':
    'Kendi işini kontrol etmeyi öğrenirsin. Listeler ve anlaşmalarla alıştırma yaparsın.',
  'Veilig werken in elk beroep': 'Her meslekte güvenli çalışmak',
  'Je leert gevaar op tijd te zien. Je oefent wat je doet als het toch misgaat.':
    'Tehlikeyi zamanında görmeyi öğrenirsin. Yine de bir şey ters giderse ne yapacağını çalışırsın.',
  'Plannen als het druk is': 'Yoğunken plan yapmak',
  'Je leert je week te plannen. Je oefent wat je doet als er iets tussenkomt.':
    'Haftanı planlamayı öğrenirsin. Araya bir şey girdiğinde ne yapacağını çalışırsın.',
  'Problemen oplossen op het werk': 'İşte sorun çözmek',
  'Je leert een probleem in stappen op te lossen. Je oefent met problemen uit je eigen werk.':
    'Bir sorunu adım adım çözmeyi öğrenirsin. Kendi işinden sorunlarla alıştırma yaparsın.',
  'Afspraken maken en nakomen': 'Sözünü tutmak',
  'Je leert afspraken te maken die je kunt houden. Je oefent hoe je het zegt als iets niet lukt.':
    'Tutabileceğin anlaşmalar yapmayı öğrenirsin. Bir şey olmadığında bunu nasıl söyleyeceğini çalışırsın.',
  'Omgaan met stress op het werk': 'İşte stresle başa çıkmak',
  'Je leert wat druk met je doet. Je oefent hoe je kiest wat eerst moet.':
    'Baskının sana ne yaptığını öğrenirsin. Önce neyi yapacağını seçmeyi çalışırsın.',
  'Flexibel in je werk': 'İşinde esnek olmak',
  'Je leert positief te blijven als je werk verandert. Je deelt tips met anderen.':
    'İşin değişince olumlu kalmayı öğrenirsin. Başkalarıyla ipuçları paylaşırsın.',
  'Initiatief nemen': 'İnisiyatif almak',
  'Je leert ideeën te geven om het werk beter te maken. Je oefent hoe je dat zegt.':
    'İşi daha iyi hale getirmek için fikir vermeyi öğrenirsin. Bunu nasıl söyleyeceğini çalışırsın.',
  'Doelen stellen en volhouden': 'Hedef koymak ve pes etmemek',
  'Je maakt een plan voor je eigen doel. Je leert doorgaan als het tegenzit.':
    'Kendi hedefin için bir plan yaparsın. İşler kötü gidince devam etmeyi öğrenirsin.',
  'Lastige gesprekken voeren': 'Zor konuşmalar yapmak',
  'Je oefent gesprekken die spannend zijn. Je leert rustig te blijven en goed te luisteren.':
    'Gergin konuşmalarla alıştırma yaparsın. Sakin kalmayı ve iyi dinlemeyi öğrenirsin.',
  'Samenwerken met verschillende mensen': 'Farklı insanlarla birlikte çalışmak',
  'Je leert samenwerken met mensen die anders zijn dan jij. Je maakt samen afspraken.':
    'Senden farklı olan insanlarla birlikte çalışmayı öğrenirsin. Birlikte anlaşmalar yaparsın.',
  'Ontdek hoe jij leert': 'Nasıl öğrendiğini keşfet',
  'Je ontdekt met een coach hoe jij het beste leert. Je maakt een eigen leerplan.':
    'Bir koçla en iyi nasıl öğrendiğini keşfedersin. Kendi öğrenme planını yaparsın.',
  'Meewerkweek op de bouwplaats': 'Şantiyede bir haftalık iş deneyimi',
  'Je werkt een week mee in een bouwploeg. Je leert veilig werken en samenwerken.':
    'Bir hafta boyunca bir inşaat ekibiyle çalışırsın. Güvenli çalışmayı ve birlikte çalışmayı öğrenirsin.',
  'Inwerken in de keuken': 'Mutfakta işe alışmak',
  'Je werkt mee in een restaurantkeuken. Je leert snel en schoon werken, ook als het druk is.':
    'Bir restoran mutfağında çalışırsın. İş yoğunken bile hızlı ve temiz çalışmayı öğrenirsin.',
  'Leerwerkplek in het magazijn': 'Depoda iş başında eğitim',
  'Je werkt in een magazijn met een vaste begeleider. Je leert precies werken en je houden aan de planning.':
    'Bir depoda, hep aynı rehberle çalışırsın. Özenle çalışmayı ve plana uymayı öğrenirsin.',
  'Werken met een buddy in de zorg': 'Bakımda deneyimli bir arkadaşla çalışmak',
  'Je werkt samen met een ervaren collega. Je leert goed zorgen en opletten.':
    'Deneyimli bir iş arkadaşıyla birlikte çalışırsın. İyi bakmayı ve dikkat etmeyi öğrenirsin.',
  'Leerwerkplek servicemonteur': 'Servis teknisyeni olarak iş başında eğitim',
  'Je gaat mee naar klanten en lost storingen op. Later doe je dat alleen.':
    'Biriyle birlikte müşterilere gider ve arızaları giderirsin. Daha sonra bunu tek başına yaparsın.',
  'Meewerken in de winkel': 'Mağazada birlikte çalışmak',
  'Je werkt mee in een winkel. Je helpt klanten en ziet zelf wat er moet gebeuren.':
    'Bir mağazada çalışırsın. Müşterilere yardım eder ve ne yapılması gerektiğini kendin görürsün.',
  'Meerijden met een ervaren chauffeur': 'Deneyimli bir şoförle birlikte yola çıkmak',
  'Je rijdt mee en leert de vaste ritten. Je leert op tijd en veilig leveren.':
    'Onunla birlikte yola çıkar ve sabit güzergâhları öğrenirsin. Zamanında ve güvenli teslimat yapmayı öğrenirsin.',
  'Groeien naar meewerkend voorman': 'Ekiple çalışan ustabaşı olmak',
  'Je leert een ploeg aan te sturen terwijl je meewerkt. Je start zelf verbeteringen.':
    'Sen de çalışırken bir ekibi yönetmeyi öğrenirsin. İyileştirmeleri kendin başlatırsın.',
  'VCA Basis': 'VCA Basis (temel güvenlik sertifikası)',
  'Je leert veilig werken op de bouwplaats en in de techniek. Je sluit af met een examen.':
    'Şantiyede ve teknik işlerde güvenli çalışmayı öğrenirsin. Sonunda bir sınava girersin.',
  'VCA VOL voor leidinggevenden': 'Yöneticiler için VCA VOL (güvenlik sertifikası)',
  'Je leert zorgen voor de veiligheid van je ploeg. Je leert collega’s aan te spreken.':
    'Ekibinin güvenliğini sağlamayı öğrenirsin. İş arkadaşlarını uyarmayı öğrenirsin.',
  Heftruckcertificaat: 'Forklift sertifikası',
  'Je leert veilig rijden met een heftruck. Je oefent met laden en lossen.':
    'Forklifti güvenli kullanmayı öğrenirsin. Yükleme ve boşaltma alıştırması yaparsın.',
  'Hygiëne in de keuken': 'Mutfakta hijyen',
  'Je leert schoon en veilig werken met eten. Je kent de regels voor hygiëne.':
    'Yiyeceklerle temiz ve güvenli çalışmayı öğrenirsin. Hijyen kurallarını bilirsin.',
  'EHBO-diploma': 'İlk yardım sertifikası (EHBO)',
  'Je leert eerste hulp geven bij een ongeluk. Je leert rustig te blijven.':
    'Bir kazada ilk yardım yapmayı öğrenirsin. Sakin kalmayı öğrenirsin.',
  'Veilig werken op hoogte': 'Yüksekte güvenli çalışmak',
  'Je leert veilig werken op een ladder, steiger of dak. Je oefent met een harnas.':
    'Merdivende, iskelede ya da çatıda güvenli çalışmayı öğrenirsin. Emniyet kemeriyle alıştırma yaparsın.',
  'Code 95-nascholing': 'Code 95 tazeleme eğitimi',
  'Je volgt een dag les voor je rijbewijs als chauffeur. Je leert veilig en slim plannen.':
    'Profesyonel şoför ehliyetin için bir günlük eğitim alırsın. Güvenli ve akıllıca plan yapmayı öğrenirsin.',
};
export default tr;
