/**
 * Turkish: the team game's texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const tr: Catalogue = {
  'Je vult samen met Sanne de schappen in de supermarkt. Sanne heeft nog veel dozen. Met z’n tweeën gaat dat sneller.':
    'Süpermarkette Sanne ile birlikte rafları dolduruyorsun. Sanne’nin hâlâ çok kutusu var. İki kişi olunca bu daha hızlı gider.',
  'Je harkt samen met Tim de bladeren in het park. Tim is bijna klaar. Jij hebt nog een groot stuk.':
    'Parkta Tim ile birlikte yaprakları tırmıklıyorsun. Tim neredeyse bitirdi. Senin hâlâ büyük bir kısmın var.',
  'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Met z’n tweeën gaat het veel sneller.':
    'Bir depoda çalışıyorsun. Ahmed büyük bir siparişi paketliyor. Hâlâ çok işi var. İki kişi olunca çok daha hızlı gider.',
  'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.':
    'Bir mutfakta çalışıyorsun. Sen sebze doğruyorsun. Lisa bulaşık yıkıyor. Neredeyse bitirdi.',
  'Je werkt op een bouwplaats. Daan brengt stenen naar de metselaar. Hij heeft nog veel te doen. Samen gaat het sneller.':
    'Bir inşaatta çalışıyorsun. Daan duvar ustasına tuğla taşıyor. Hâlâ yapacak çok işi var. Birlikte daha hızlı gider.',
  'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.':
    'Bir bakımevinde çalışıyorsun. Birlikte yatakları yapıyorsunuz. Naima’nın sadece birkaç yatağı kaldı. Senin hâlâ çok yatağın var.',
  'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar één prijstang.':
    'Bir giyim mağazasında çalışıyorsun. Yeni kıyafetlere fiyat etiketi takıyorsunuz. Sem’in senden daha çok işi var. Ama sadece bir etiket tabancanız var.',
  'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.':
    'Bir fırında çalışıyorsun. Fatima daha birçok pasta süslemeli. Sen küçük ekmekleri neredeyse bitirdin.',
  'Je maakt samen met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.':
    'Eva ile birlikte bir ofisi temizliyorsun. Eva soruyor: camlara biraz yardım eder misin? Onun senden daha az işi var.',
  'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.':
    'Bir otelde oda temizliyorsun. Mo’nun temizleyecek daha çok odası var. Sen neredeyse bitirdin.',
  'Je sorteert pakketten bij een bezorgdienst. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.':
    'Bir kargo şirketinde paket ayırıyorsun. Noor’un senden biraz daha fazla paketi var. Yardım eder misin diye soruyor.',
  'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Zijn ze niet op tijd klaar, dan moet het hele team wachten. Kevin loopt achter met zijn bestellingen.':
    'Bir depoda çalışıyorsun. Kamyon senin paletlerini almaya geliyor. Paletler zamanında hazır olmazsa bütün ekip beklemek zorunda. Kevin siparişlerinde geride kaldı.',
  'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.':
    'Bir mutfakta çalışıyorsun. Senin çorban öğle yemeğine zamanında hazır olmalı. Yoksa herkes beklemek zorunda. Aylin daha birçok salata yapmalı.',
  'Je werkt op een bouwplaats. De bouwlift zit op slot. Daardoor kan Bram zijn stenen niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.':
    'Bir inşaatta çalışıyorsun. İnşaat asansörü kilitli. Bu yüzden Bram tuğlalarını yukarı çıkaramıyor. Senin de anahtarın yok. Anahtar sadece ekip liderinde var.',
  'Je werkt in een tuincentrum. Yara moet planten prijzen met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.':
    'Bir bahçe merkezinde çalışıyorsun. Yara yeni barkod okuyucuyla bitkilere fiyat koymalı. Cihazın nasıl çalıştığını bilmiyor. Sen biliyorsun. Kendi başına öğrenmek ona çok zaman kaybettirir.',
  'Je werkt in de wasserij van een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.':
    'Bir bakımevinin çamaşırhanesinde çalışıyorsun. Joris, katlamaya yardım eder misin diye soruyor. Onun senden daha az işi var.',
  'Je werkt in een magazijn. Mehmet draagt alle dozen één voor één. Jouw tip: met een steekwagen gaat het veel sneller.':
    'Bir depoda çalışıyorsun. Mehmet bütün kutuları tek tek taşıyor. Senin ipucun: yük arabasıyla çok daha hızlı gider.',
  'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.':
    'Bir mutfakta çalışıyorsun. Senin sosun zamanında hazır olmalı. Yoksa bütün mutfak beklemek zorunda. Sara daha çok soğan doğramalı. Senin ipucun: daha hızlı doğramak için bir püf noktası.',
  'Je werkt op een bouwplaats. Luuk moet zware kozijnen plaatsen. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.':
    'Bir inşaatta çalışıyorsun. Luuk ağır pencere kasalarını takmalı. Tek başına bu yavaş gider. Birlikte kaldırmak çok daha hızlı. Senin ipucun: işi kolaylaştıran bir sıra.',
  'Je werkt in een zorghuis. Fenna deelt medicijnen uit. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.':
    'Bir bakımevinde çalışıyorsun. Fenna ilaç dağıtıyor. Listede yazan, kutuda yazandan farklı. Bunu çözmeye ikinizin de izni yok. Buna sadece ekip liderinin izni var.',
  'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Is dat niet op tijd klaar, dan moet iedereen wachten. Jesse loopt achter. Jouw tip: hoe hij sneller kan werken.':
    'Bir inşaatta çalışıyorsun. Beton mikseri, zeminin sana ait kısmı için geliyor. O kısım zamanında hazır olmazsa herkes beklemek zorunda. Jesse geride kaldı. Senin ipucun: nasıl daha hızlı çalışabileceği.',
  'Wat is het beste voor het team?': 'Ekip için en iyisi ne?',
  'Het team is klaar als iedereen klaar is.': 'Herkes bitirince ekip de bitirmiş olur.',
  'Vraag de teamleider alleen als jullie het samen niet kunnen oplossen.':
    'Ekip liderine sadece birlikte çözemediğinizde sor.',
  'Let op: jouw deel moet over {m} minuten klaar zijn.': 'Dikkat: senin kısmın {m} dakika içinde hazır olmalı.',
  Jij: 'Sen',
  'nog {m} minuten': '{m} dakika kaldı',
  'kan niet verder': 'devam edemiyor',
  'Ik help {name}.': 'Yardım ederim, {name} ile birlikte çalışırım.',
  'Ik ga door met mijn eigen werk.': 'Kendi işime devam ederim.',
  'Ik vraag het aan de teamleider.': 'Ekip liderine sorarım.',
  'Ik geef {name} een tip.': 'İpucumu {name} ile paylaşırım.',
  'Zo is het team het snelst klaar: na {m} minuten.': 'Böylece ekip en hızlı bitirir: {m} dakika sonra.',
  'Beter was:': 'Daha iyi seçim şuydu:',
  'Dan is het team na {m} minuten klaar.': 'O zaman ekip {m} dakika sonra bitirir.',
  'Met jouw keuze pas na {m} minuten.': 'Senin seçiminle ancak {m} dakika sonra.',
  'Met jouw keuze komt het team niet op tijd klaar.': 'Senin seçiminle ekip zamanında bitiremez.',
};
export default tr;
