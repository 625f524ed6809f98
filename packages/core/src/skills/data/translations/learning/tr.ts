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
  'Duidelijk communiceren': 'Açık iletişim kurmak',
  'Communiceren is praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je begrijpt.':
    'İletişim, konuşmak ve dinlemektir. Ne demek istediğini açıkça söylersin. Karşındakinin seni anlayıp anlamadığına da bakarsın.',
  'Heb je iets niet goed gehoord of begrepen? Zeg dat dan meteen. Vraag het gewoon nog een keer.':
    'Bir şeyi iyi duymadın mı ya da anlamadın mı? O zaman bunu hemen söyle. Bir kez daha sor, o kadar.',
  'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je verstaat het niet. Wat doe je?':
    'İnşaatta çok gürültü var. Bir iş arkadaşın sana bir şey bağırıyor. Ne dediğini duyamıyorsun. Ne yaparsın?',
  'Ik loop naar hem toe en vraag het nog een keer.': 'Yanına giderim ve bir kez daha sorarım.',
  'Zo weet je zeker wat hij bedoelt. Op de bouw kan een misverstand gevaarlijk zijn.':
    'Böylece ne demek istediğini kesin bilirsin. İnşaatta bir yanlış anlama tehlikeli olabilir.',
  'Ik steek mijn duim op en werk door.': 'Başparmağımı kaldırırım ve çalışmaya devam ederim.',
  'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.':
    'O zaman ne dediğini bilmezsin. Belki önemli bir şeydi. Bir kez daha sorman daha iyi.',
  'Tip: geef je een boodschap door? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.':
    'İpucu: bir mesaj mı iletiyorsun? O zaman kim, ne ve ne zaman olduğunu söyle. Karşındakinden mesajı kısaca tekrar etmesini iste.',
  'Goed zorgen voor een ander': 'Başka birine iyi bakmak',
  'Zorgzaam zijn is letten op een ander. Wat kan iemand zelf? En waar wil hij hulp bij?':
    'Özenli olmak, başka birine dikkat etmektir. Kişi neyi kendisi yapabilir? Ve ne konuda yardım ister?',
  'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.':
    'Çok çabuk yardım etme. Birçok insan, yapabildiği şeyi kendisi yapmayı sever. Önce kişiye yardım isteyip istemediğini sor.',
  'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Het gaat langzaam. Wat doe je?':
    'Bay Jansen dışarı çıkmak istiyor. Ceketini kendisi giyiyor. Bu biraz yavaş gidiyor. Ne yaparsın?',
  'Ik wacht rustig en vraag of hij hulp wil.': 'Sakince beklerim ve yardım isteyip istemediğini sorarım.',
  'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp krijgt.':
    'Böylece yapabildiğini kendisi yapar. Yardım alıp almayacağını da kendisi seçer.',
  'Ik doe snel zijn jas voor hem aan.': 'Ceketini hemen ben giydiririm.',
  'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.':
    'Böylesi daha hızlı olur. Ama o bunu kendisi yapabilir. Önce ne istediğini sor.',
  'Tip: noem iemand bij zijn naam. Zeg wat je gaat doen, voordat je het doet. Dan weet de ander wat er komt.':
    'İpucu: kişiye adıyla hitap et. Bir şey yapmadan önce ne yapacağını söyle. Böylece karşındaki ne olacağını bilir.',
  'Zelfstandig werken': 'Bağımsız çalışmak',
  'Zelfstandig werken is je taak doen zonder dat iemand meekijkt. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.':
    'Bağımsız çalışmak, kimse başında durmadan işini yapmaktır. Ne yapman gerektiğini bilirsin. Ne zaman yardım isteyeceğini de bilirsin.',
  'Gaat er iets anders dan gepland? Kijk eerst of je het zelf kunt regelen. Lukt dat niet? Vraag dan hulp.':
    'Bir şey planlandığı gibi gitmiyor mu? Önce kendin halledip halledemeyeceğine bak. Olmuyor mu? O zaman yardım iste.',
  'Je maakt alleen hotelkamers schoon. In een kamer liggen geen handdoeken. Je weet waar ze liggen. Wat doe je?':
    'Otel odalarını tek başına temizliyorsun. Bir odada havlu yok. Havluların nerede olduğunu biliyorsun. Ne yaparsın?',
  'Ik haal zelf handdoeken en werk verder.': 'Havluları kendim getiririm ve çalışmaya devam ederim.',
  'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.':
    'Bunu kendin çözebilirsin. Böylece oda misafir için zamanında hazır olur.',
  'Ik wacht tot mijn leidinggevende langskomt.': 'Yöneticim gelene kadar beklerim.',
  'Dan ligt je werk stil. Zoiets kleins kun je vaak zelf regelen.':
    'O zaman işin durur. Böyle küçük bir şeyi çoğu zaman kendin halledebilirsin.',
  'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.':
    'İpucu: bir şeyden emin değil miydin? Onu not et. Günün sonunda sor. Böylece bir dahaki sefere bilirsin.',
  'Staan voor je werk': 'İşinin arkasında durmak',
  'Verantwoordelijkheid nemen is zorgen voor je werk. Je maakt je taak goed af. En je gaat zuinig om met je spullen.':
    'Sorumluluk almak, işine özen göstermektir. Görevini iyi bitirirsin. Eşyalarına da dikkat edersin.',
  'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan het snel worden opgelost.':
    'Herkes bazen hata yapar. Bu kötü bir şey değil. O zaman bunu dürüstçe söyle. Böylece sorun hızlıca çözülebilir.',
  'Je laat een doos met glazen vallen. Er zijn er twee kapot. Niemand heeft het gezien. Wat doe je?':
    'Elinden içinde bardaklar olan bir kutu düşüyor. İki bardak kırılıyor. Kimse görmedi. Ne yaparsın?',
  'Ik zeg het tegen mijn leidinggevende.': 'Yöneticime söylerim.',
  'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.':
    'Böylece herkes ne olduğunu bilir. Müşteri de kırık bardak almaz.',
  'Ik zet de doos gewoon terug in het rek.': 'Kutuyu öylece rafa geri koyarım.',
  'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever, dan kan het worden opgelost.':
    'O zaman kırık bardakları başka biri bulur. Ya da bir müşteri. Söylemen daha iyi, böylece sorun çözülebilir.',
  'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?':
    'İpucu: işin bitti mi? O zaman bir kez daha etrafına bak. Her şey toplandı mı? Her şey yerinde mi?',
  'Een probleem oplossen': 'Bir sorunu çözmek',
  'Op je werk gaat wel eens iets mis. Een machine doet het niet. Of er ontbreekt iets. Dan zoek je een oplossing.':
    'İş yerinde bazen bir şey ters gider. Bir makine çalışmaz. Ya da bir şey eksiktir. O zaman bir çözüm ararsın.',
  'Ga stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Meld het dan.':
    'Adım adım ilerle. Sorun tam olarak ne? Önce en kolay şeyi dene. Olmadı mı? O zaman haber ver.',
  'Je maakt schoon bij een klant thuis. De stofzuiger doet het ineens niet meer. Wat doe je eerst?':
    'Bir müşterinin evinde temizlik yapıyorsun. Elektrikli süpürge birden çalışmıyor. Önce ne yaparsın?',
  'Ik kijk of de stekker goed in het stopcontact zit.': 'Fişin prize iyi takılı olup olmadığına bakarım.',
  'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij dan nog niet? Meld het.':
    'En kolay şeyle başla. Çoğu zaman çözüm zaten budur. Hâlâ çalışmıyor mu? Haber ver.',
  'Ik zeg tegen de klant dat de stofzuiger kapot is.': 'Müşteriye süpürgenin bozuk olduğunu söylerim.',
  'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.':
    'Belki hiçbir şey bozuk değildir. Önce en kolay şeye kendin bak. Böylece daha çok şey bilirsin.',
  'Tip: komt hetzelfde probleem vaak terug? Zeg het dan tegen je leidinggevende. Samen kun je kijken hoe het beter kan.':
    'İpucu: aynı sorun sık sık tekrar mı ediyor? O zaman yöneticine söyle. Birlikte nasıl daha iyi olacağına bakabilirsiniz.',
  'Flexibel zijn': 'Esnek olmak',
  'Op je werk verandert er vaak iets. Een andere taak, een andere plek of een nieuwe collega. Flexibel zijn is daar goed mee omgaan.':
    'İş yerinde sık sık bir şey değişir. Başka bir görev, başka bir yer ya da yeni bir iş arkadaşı. Esnek olmak, buna iyi uyum sağlamaktır.',
  'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.':
    'Yeni bir şeye alışmak biraz zaman alır. Bu normaldir. Bilmen gerekenleri sor. Sonra sadece dene.',
  'Je vult meestal de schappen. Vandaag is het druk bij de kassa. Je leidinggevende vraagt of je daar helpt. Wat doe je?':
    'Genelde rafları doldurursun. Bugün kasada çok iş var. Yöneticin orada yardım edip edemeyeceğini soruyor. Ne yaparsın?',
  'Ik ga helpen en vraag wat ik moet weten.': 'Yardıma giderim ve bilmem gerekenleri sorarım.',
  'Zo help je het team waar het nodig is. En je leert er iets nieuws bij.':
    'Böylece ekibe gereken yerde yardım edersin. Bir de yeni bir şey öğrenirsin.',
  'Ik zeg dat ik liever bij de schappen blijf.': 'Raflarda kalmayı tercih ettiğimi söylerim.',
  'De schappen ken je goed, dat is fijn. Maar nu heeft het team je bij de kassa nodig.':
    'Rafları iyi biliyorsun, bu güzel. Ama şimdi ekibin kasada sana ihtiyacı var.',
  'Tip: verandert er iets? Vraag waarom. Als je de reden weet, is het vaak makkelijker.':
    'İpucu: bir şey mi değişiyor? Nedenini sor. Nedenini bilince çoğu zaman daha kolay olur.',
  'Iets nieuws leren': 'Yeni bir şey öğrenmek',
  'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.':
    'İş yerinde hep yeni bir şey öğrenirsin. Yeni bir görev ya da yeni bir makine. Kimse her şeyi hemen bilemez.',
  'Kijk goed als iemand iets voordoet. Doe het daarna zelf, terwijl die persoon kijkt. Zo kan die persoon je meteen helpen.':
    'Biri bir şeyi gösterirken iyi izle. Sonra o kişi bakarken kendin yap. Böylece o kişi sana hemen yardım edebilir.',
  'Een collega laat zien hoe de nieuwe boormachine werkt. Hij doet het één keer voor. Wat doe je?':
    'Bir iş arkadaşın yeni matkabın nasıl çalıştığını gösteriyor. Bunu bir kez gösteriyor. Ne yaparsın?',
  'Ik vraag of ik het zelf mag doen terwijl hij kijkt.': 'O bakarken kendim yapıp yapamayacağımı sorarım.',
  'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.':
    'Böylece doğru yapıp yapmadığını hemen görürsün. İş arkadaşın da sana ipuçları verebilir.',
  'Ik zeg dat ik het snap en probeer het later alleen.': 'Anladığımı söylerim ve sonra tek başıma denerim.',
  'Dan gaat het misschien mis als niemand kijkt. Oefen liever eerst samen.':
    'O zaman kimse bakmazken bir şey ters gidebilir. Önce birlikte alıştırma yapman daha iyi.',
  'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens nalezen.':
    'İpucu: adımları kendi sözlerinle yaz. Böylece daha sonra tekrar okuyabilirsin.',
  Doorzetten: 'Pes etmemek',
  'Sommig werk is zwaar of saai. Of het lukt niet meteen. Doorzetten is dan toch doorgaan.':
    'Bazı işler ağır ya da sıkıcıdır. Ya da bir şey hemen olmaz. Pes etmemek, yine de devam etmektir.',
  'Een grote klus lijkt soms eindeloos. Maak er kleine stukjes van. Na elk stukje zie je dat je opschiet.':
    'Büyük bir iş bazen hiç bitmeyecek gibi görünür. Onu küçük parçalara böl. Her parçadan sonra ilerlediğini görürsün.',
  'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?':
    'Büyük bir kap dolusu patates soyman gerekiyor. Yarım saat sonra ancak yarısına geldin. Ne yaparsın?',
  'Ik ga door. Af en toe kijk ik hoe ver ik ben.': 'Devam ederim. Arada bir ne kadar ilerlediğime bakarım.',
  'Zo zie je dat je opschiet. Dan is het makkelijker om door te gaan.':
    'Böylece ilerlediğini görürsün. O zaman devam etmek daha kolay olur.',
  'Ik laat de rest staan voor een collega.': 'Kalanını bir iş arkadaşıma bırakırım.',
  'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.':
    'O zaman bir iş arkadaşının bitirmesi gerekir. Ya da yemek zamanında hazır olmaz. Devam etmen daha iyi, parça parça.',
  'Tip: lukt iets niet de eerste keer? Kijk wat er misging. Probeer het dan nog een keer. Vraag een tip als je vastloopt.':
    'İpucu: bir şey ilk seferde olmadı mı? Neyin ters gittiğine bak. Sonra bir kez daha dene. Takılırsan bir ipucu iste.',
  'Rustig werken als het druk is': 'Yoğunken sakin çalışmak',
  'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.':
    'Bazen iş yerinde çok yoğunluk olur. Çok misafir, çok sipariş ve az zaman. Bu, birçok işte olur.',
  'Is het druk? Doe één ding tegelijk. Kies wat eerst moet. En vraag hulp als het te veel wordt.':
    'İş mi yoğun? Her seferinde tek bir şey yap. Önce neyin yapılacağını seç. Çok fazla gelirse yardım iste.',
  'Het is zaterdagavond. Drie tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?':
    'Cumartesi akşamı. Üç masa sipariş vermek istiyor. Mutfakta sıcak yemek de hazır bekliyor. Ne yaparsın?',
  'Ik zeg tegen de tafels dat ik zo kom. Dan breng ik eerst het eten.':
    'Masalara birazdan geleceğimi söylerim. Sonra önce yemeği götürürüm.',
  'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.':
    'Sıcak yemek uzun süre bekleyemez. Misafirler de birazdan geleceğini bilir.',
  'Ik neem eerst alle bestellingen op. Het eten wacht wel.': 'Önce bütün siparişleri alırım. Yemek biraz bekleyebilir.',
  'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.':
    'O zaman yemek soğur. Önce onu götür. Misafirlere birazdan geleceğini söyle.',
  'Tip: wordt het je te veel? Zeg het tegen een collega of je leidinggevende. Dan kijken jullie samen wat eerst moet.':
    'İpucu: iş sana çok mu geliyor? Bunu bir iş arkadaşına ya da yöneticine söyle. Sonra önce neyin yapılacağına birlikte bakarsınız.',
  'Zelf iets oppakken': 'Bir işi kendiliğinden üstlenmek',
  'Initiatief nemen is zelf iets oppakken. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.':
    'İnisiyatif almak, bir işi kendiliğinden üstlenmektir. Birinin istemesini beklemezsin. Ne yapılması gerektiğini görürsün.',
  'Ben je klaar met je werk? Kijk dan om je heen. Is er iets wat je kunt doen? Vraag of je kunt helpen.':
    'İşin bitti mi? O zaman etrafına bak. Yapabileceğin bir şey var mı? Yardım edip edemeyeceğini sor.',
  'Je bent eerder klaar met je rit. Je collega’s laden nog bussen in. Wat doe je?':
    'Teslimat turunu erken bitirdin. İş arkadaşların hâlâ minibüslere yük yüklüyor. Ne yaparsın?',
  'Ik vraag of ik kan helpen met inladen.': 'Yüklemeye yardım edip edemeyeceğimi sorarım.',
  'Je ziet wat er moet gebeuren en biedt hulp aan. Zo is iedereen eerder klaar.':
    'Ne yapılması gerektiğini görürsün ve yardım önerirsin. Böylece herkes daha erken bitirir.',
  'Ik wacht in de kantine tot iemand me iets vraagt.': 'Biri benden bir şey isteyene kadar kantinde beklerim.',
  'Dan blijft er werk liggen dat jij kunt doen. Kijk zelf wat er nodig is.':
    'O zaman senin yapabileceğin işler bekler. Neye ihtiyaç olduğuna kendin bak.',
  'Tip: heb je een idee om het werk beter te doen? Vertel het aan je leidinggevende. Vaak zijn ze blij met een goed idee.':
    'İpucu: işi daha iyi yapmak için bir fikrin mi var? Yöneticine anlat. Genelde iyi bir fikre sevinirler.',
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
