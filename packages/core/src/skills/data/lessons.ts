import type { MicroLesson } from '../../domain.js';
import { LEARNING_CATALOGUES } from './translations/learning/index.js';
import { translateAll } from './translations/merge.js';

/**
 * Micro-lessons of the platform (#23): a few minutes each, in B1 Dutch (checked like the rest of
 * the skill language) and English. A lesson is a small first step on a skill: it explains, shows
 * a workplace and asks a question to think about. It does not bring anyone to a level; the test
 * says when a level is reached. Partners add their own (PUT /v1/partner/lessons).
 */
// Written in Dutch and English; the other reading languages come from their catalogues (#25).
export const lessons: MicroLesson[] = translateAll<MicroLesson[]>(
  [
    {
      id: 'les-afspraken-nakomen',
      skillId: 'keeping-agreements',
      title: { nl: 'Afspraken nakomen', en: 'Keeping agreements' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Op je werk maak je elke dag afspraken. Over je tijden, je taken en je pauze. Je collega’s rekenen erop dat je doet wat je zegt.',
            en: 'At work you make agreements every day. About your hours, your tasks and your break. Your colleagues count on you to do what you say.',
          },
          picture: { scene: 'warehouse' },
        },
        {
          text: {
            nl: 'Soms lukt een afspraak niet. Je bent ziek of de bus is te laat. Dat kan gebeuren. Zeg het dan zo snel als je kunt.',
            en: 'Sometimes you cannot keep an agreement. You are ill or the bus is late. That can happen. Then say so as soon as you can.',
          },
          question: {
            prompt: {
              nl: 'Je bus rijdt niet. Je begint over tien minuten. Wat doe je?',
              en: 'Your bus is not running. You start in ten minutes. What do you do?',
            },
            options: [
              {
                text: { nl: 'Ik bel nu mijn leidinggevende.', en: 'I call my manager now.' },
                good: true,
                feedback: {
                  nl: 'Zo weet je leidinggevende het op tijd. Dan kan hij het werk anders regelen.',
                  en: 'This way your manager knows in time. Then they can arrange the work differently.',
                },
              },
              {
                text: { nl: 'Ik leg het uit als ik er ben.', en: 'I explain when I get there.' },
                good: false,
                feedback: {
                  nl: 'Dan wacht iedereen op jou. Ze weten niet of je nog komt. Bel liever meteen.',
                  en: 'Then everyone waits for you. They do not know if you are coming. Better call at once.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: schrijf je afspraken op. In je telefoon of in een boekje. Kijk elke ochtend even wat je die dag hebt beloofd.',
            en: 'Tip: write your agreements down. In your phone or in a notebook. Every morning, look at what you promised that day.',
          },
        },
      ],
    },
    {
      id: 'les-veilig-werken',
      skillId: 'working-safely',
      title: { nl: 'Veilig werken', en: 'Working safely' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Veilig werken is meer dan een helm dragen. Je kijkt goed om je heen. Je ziet gevaar voordat er iets gebeurt.',
            en: 'Working safely is more than wearing a hard hat. You look around you. You see danger before something happens.',
          },
          picture: { scene: 'construction' },
        },
        {
          text: {
            nl: 'Zie je iets dat niet veilig is? Stop dan even. Maak het veilig of zeg het tegen je leidinggevende. Ook als het haast heeft.',
            en: 'Do you see something that is not safe? Then stop for a moment. Make it safe or tell your manager. Even when there is a rush.',
          },
          question: {
            prompt: {
              nl: 'Een ladder staat scheef. Je moet snel iets pakken op de bovenste plank. Wat doe je?',
              en: 'A ladder is crooked. You must quickly get something from the top shelf. What do you do?',
            },
            options: [
              {
                text: { nl: 'Ik zet de ladder eerst goed neer.', en: 'I first put the ladder straight.' },
                good: true,
                feedback: {
                  nl: 'Dat kost een halve minuut. Een val kost veel meer.',
                  en: 'That takes half a minute. A fall costs much more.',
                },
              },
              {
                text: { nl: 'Ik klim snel en houd me goed vast.', en: 'I climb quickly and hold on tight.' },
                good: false,
                feedback: {
                  nl: 'Ook als je je vasthoudt, kan de ladder wegglijden. Zet hem eerst goed neer.',
                  en: 'Even if you hold on, the ladder can slip. Put it straight first.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: vraag bij een nieuwe taak wat de gevaren zijn. Een goede collega legt het graag uit.',
            en: 'Tip: with a new task, ask what the dangers are. A good colleague is happy to explain.',
          },
        },
      ],
    },
    {
      id: 'les-plannen',
      skillId: 'planning',
      title: { nl: 'Je werk plannen', en: 'Planning your work' },
      minutes: 5,
      pages: [
        {
          text: {
            nl: 'Plannen is kiezen wat je eerst doet. Zo ben je op tijd klaar. En je vergeet niets.',
            en: 'Planning is choosing what you do first. That way you finish on time. And you forget nothing.',
          },
          picture: { scene: 'delivery' },
        },
        {
          text: {
            nl: 'Begin met een lijstje van wat je vandaag moet doen. Zet bij elke taak: moet dit vandaag af? Doe die taken eerst.',
            en: 'Start with a list of what you must do today. For each task, ask: must this be done today? Do those tasks first.',
          },
          question: {
            prompt: {
              nl: 'Je hebt drie pakketten. Eén moet voor tien uur bezorgd zijn. Welke bezorg je eerst?',
              en: 'You have three parcels. One must be delivered before ten. Which do you deliver first?',
            },
            options: [
              {
                text: { nl: 'Het pakket dat voor tien uur moet.', en: 'The parcel that must be there before ten.' },
                good: true,
                feedback: {
                  nl: 'Wat een tijd heeft, gaat voor. Daarna kies je de kortste route.',
                  en: 'What has a deadline comes first. Then you choose the shortest route.',
                },
              },
              {
                text: { nl: 'Het pakket dat het dichtstbij is.', en: 'The parcel that is closest.' },
                good: false,
                feedback: {
                  nl: 'Dat lijkt slim. Maar dan kan het andere pakket te laat komen. Kijk eerst naar de tijd.',
                  en: 'That seems smart. But then the other parcel can be late. Look at the time first.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: loopt je planning uit? Zeg het op tijd. Dan kan iemand je helpen of iets anders regelen.',
            en: 'Tip: is your plan running late? Say so in time. Then someone can help you or arrange something else.',
          },
        },
      ],
    },
    {
      id: 'les-klantvriendelijk',
      skillId: 'customer-focus',
      title: { nl: 'Een klant goed helpen', en: 'Helping a customer well' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Een klant wil zich welkom voelen. Kijk de klant aan en groet. Vraag dan wat je kunt doen.',
            en: 'A customer wants to feel welcome. Look at the customer and say hello. Then ask what you can do.',
          },
          picture: { scene: 'shop' },
        },
        {
          text: {
            nl: 'Luister eerst goed. Vraag door als je het niet zeker weet. Zo help je de klant met wat hij echt nodig heeft.',
            en: 'Listen well first. Ask more if you are not sure. That way you help the customer with what they really need.',
          },
          question: {
            prompt: {
              nl: 'Een klant is boos. Zijn nieuwe lamp doet het niet. Wat zeg je eerst?',
              en: 'A customer is angry. Their new lamp does not work. What do you say first?',
            },
            options: [
              {
                text: {
                  nl: '"Vervelend voor u. Laat maar zien, dan kijken we samen."',
                  en: '"That is annoying for you. Show me, then we look together."',
                },
                good: true,
                feedback: {
                  nl: 'Je laat zien dat je de klant hoort. Dan wordt hij vaak rustiger.',
                  en: 'You show the customer you hear them. Then they often calm down.',
                },
              },
              {
                text: { nl: '"Dat ligt vast niet aan de lamp."', en: '"It is probably not the lamp."' },
                good: false,
                feedback: {
                  nl: 'Dan voelt de klant zich niet gehoord. Luister eerst en kijk samen.',
                  en: 'Then the customer does not feel heard. Listen first and look together.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'les-samenwerken',
      skillId: 'working-together',
      title: { nl: 'Samenwerken met je collega’s', en: 'Working with your colleagues' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Samen kun je meer dan alleen. Maar dan moet je wel weten wie wat doet. Spreek dat aan het begin af.',
            en: 'Together you can do more than alone. But then you must know who does what. Agree on that at the start.',
          },
          picture: { scene: 'kitchen' },
        },
        {
          text: {
            nl: 'Ben je klaar met je eigen taak? Vraag dan of een collega hulp nodig heeft. Zo is het werk sneller af.',
            en: 'Is your own task done? Then ask if a colleague needs help. That way the work is done sooner.',
          },
          question: {
            prompt: {
              nl: 'Jij en een collega zijn het oneens over hoe iets moet. Wat doe je?',
              en: 'You and a colleague disagree about how to do something. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'We zeggen allebei waarom. Dan kiezen we samen.',
                  en: 'We both say why. Then we choose together.',
                },
                good: true,
                feedback: {
                  nl: 'Zo hoor je elkaar. Lukt het niet, vraag dan je leidinggevende.',
                  en: 'That way you hear each other. If it does not work, ask your manager.',
                },
              },
              {
                text: { nl: 'Ik doe het gewoon op mijn manier.', en: 'I just do it my way.' },
                good: false,
                feedback: {
                  nl: 'Dan doet ieder iets anders. Praat het eerst uit.',
                  en: 'Then everyone does something different. Talk it through first.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'les-nauwkeurig-werken',
      skillId: 'accuracy',
      title: { nl: 'Nauwkeurig werken', en: 'Working accurately' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Nauwkeurig werken is het in één keer goed doen. Dan hoeft niemand het over te doen.',
            en: 'Working accurately is getting it right the first time. Then nobody has to do it again.',
          },
          picture: { scene: 'workshop' },
        },
        {
          text: {
            nl: 'Kijk je werk na voordat je zegt dat het klaar is. Loop de stappen nog een keer langs. Klopt alles?',
            en: 'Check your work before you say it is done. Go through the steps once more. Is everything right?',
          },
          question: {
            prompt: {
              nl: 'Je moet twintig dozen tellen. Je bent bijna klaar en het is bijna pauze. Wat doe je?',
              en: 'You must count twenty boxes. You are almost done and it is almost break time. What do you do?',
            },
            options: [
              {
                text: { nl: 'Ik tel rustig af en kijk het na.', en: 'I finish counting calmly and check it.' },
                good: true,
                feedback: {
                  nl: 'Een fout vinden kost later veel meer tijd.',
                  en: 'Finding a mistake later costs much more time.',
                },
              },
              {
                text: { nl: 'Ik schat de laatste dozen.', en: 'I guess the last boxes.' },
                good: false,
                feedback: {
                  nl: 'Dan klopt de telling misschien niet. Tel liever af, ook als het pauze is.',
                  en: 'Then the count may be wrong. Better finish counting, even at break time.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'les-communiceren',
      skillId: 'communicating',
      title: { nl: 'Duidelijk communiceren', en: 'Communicating clearly' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Communiceren is praten en luisteren. Je zegt duidelijk wat je bedoelt. En je kijkt of de ander je begrijpt.',
            en: 'Communicating is talking and listening. You say clearly what you mean. And you check that the other person understands you.',
          },
          picture: { scene: 'construction' },
        },
        {
          text: {
            nl: 'Heb je iets niet goed gehoord of begrepen? Zeg dat dan meteen. Vraag het gewoon nog een keer.',
            en: 'Did you not hear or understand something well? Then say so right away. Just ask once more.',
          },
          question: {
            prompt: {
              nl: 'Er is veel lawaai op de bouw. Een collega roept iets naar je. Je verstaat het niet. Wat doe je?',
              en: 'It is noisy on the building site. A colleague shouts something to you. You cannot make it out. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'Ik loop naar hem toe en vraag het nog een keer.',
                  en: 'I walk over to them and ask again.',
                },
                good: true,
                feedback: {
                  nl: 'Zo weet je zeker wat hij bedoelt. Op de bouw kan een misverstand gevaarlijk zijn.',
                  en: 'That way you know for sure what they mean. On a building site a misunderstanding can be dangerous.',
                },
              },
              {
                text: { nl: 'Ik steek mijn duim op en werk door.', en: 'I give a thumbs up and keep working.' },
                good: false,
                feedback: {
                  nl: 'Dan weet je niet wat hij zei. Misschien was het belangrijk. Vraag het liever nog een keer.',
                  en: 'Then you do not know what they said. Maybe it was important. Better ask again.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: geef je een boodschap door? Zeg dan wie, wat en wanneer. Laat de ander het kort herhalen.',
            en: 'Tip: passing on a message? Then say who, what and when. Let the other person repeat it briefly.',
          },
        },
      ],
    },
    {
      id: 'les-zorgzaam-zijn',
      skillId: 'caring',
      title: { nl: 'Goed zorgen voor een ander', en: 'Taking good care of someone' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Zorgzaam zijn is letten op een ander. Wat kan iemand zelf? En waar wil hij hulp bij?',
            en: 'Being caring is paying attention to someone else. What can they do themselves? And what do they want help with?',
          },
          picture: { scene: 'care-home' },
        },
        {
          text: {
            nl: 'Help niet te snel. Veel mensen doen graag zelf wat ze kunnen. Vraag eerst of iemand hulp wil.',
            en: 'Do not help too quickly. Many people like to do what they can themselves. First ask if someone wants help.',
          },
          question: {
            prompt: {
              nl: 'Meneer Jansen wil naar buiten. Hij doet zelf zijn jas aan. Het gaat langzaam. Wat doe je?',
              en: 'Mr Jansen wants to go outside. He is putting on his coat himself. It is going slowly. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'Ik wacht rustig en vraag of hij hulp wil.',
                  en: 'I wait calmly and ask if he wants help.',
                },
                good: true,
                feedback: {
                  nl: 'Zo doet hij zelf wat hij kan. En hij kiest zelf of hij hulp krijgt.',
                  en: 'That way he does what he can himself. And he chooses whether he gets help.',
                },
              },
              {
                text: { nl: 'Ik doe snel zijn jas voor hem aan.', en: 'I quickly put his coat on for him.' },
                good: false,
                feedback: {
                  nl: 'Dan gaat het sneller. Maar hij kan het zelf. Vraag eerst wat hij wil.',
                  en: 'That is quicker. But he can do it himself. First ask what he wants.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: noem iemand bij zijn naam. Zeg wat je gaat doen, voordat je het doet. Dan weet de ander wat er komt.',
            en: 'Tip: call someone by their name. Say what you are going to do before you do it. Then the other person knows what is coming.',
          },
        },
      ],
    },
    {
      id: 'les-zelfstandig-werken',
      skillId: 'working-independently',
      title: { nl: 'Zelfstandig werken', en: 'Working independently' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Zelfstandig werken is je taak doen zonder dat iemand meekijkt. Je weet wat je moet doen. En je weet wanneer je hulp vraagt.',
            en: 'Working independently is doing your task without someone watching. You know what to do. And you know when to ask for help.',
          },
          picture: { scene: 'hotel' },
        },
        {
          text: {
            nl: 'Gaat er iets anders dan gepland? Kijk eerst of je het zelf kunt regelen. Lukt dat niet? Vraag dan hulp.',
            en: 'Does something go differently than planned? First see if you can sort it out yourself. Does that not work? Then ask for help.',
          },
          question: {
            prompt: {
              nl: 'Je maakt alleen hotelkamers schoon. In een kamer liggen geen handdoeken. Je weet waar ze liggen. Wat doe je?',
              en: 'You clean hotel rooms on your own. In one room there are no towels. You know where they are kept. What do you do?',
            },
            options: [
              {
                text: { nl: 'Ik haal zelf handdoeken en werk verder.', en: 'I fetch towels myself and carry on.' },
                good: true,
                feedback: {
                  nl: 'Dit kun je zelf oplossen. Zo is de kamer op tijd klaar voor de gast.',
                  en: 'You can solve this yourself. That way the room is ready for the guest in time.',
                },
              },
              {
                text: { nl: 'Ik wacht tot mijn leidinggevende langskomt.', en: 'I wait until my manager comes by.' },
                good: false,
                feedback: {
                  nl: 'Dan ligt je werk stil. Zoiets kleins kun je vaak zelf regelen.',
                  en: 'Then your work stops. You can often sort out something small like this yourself.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: wist je iets niet zeker? Schrijf het op. Vraag het aan het eind van de dag. Dan weet je het de volgende keer.',
            en: 'Tip: were you unsure about something? Write it down. Ask about it at the end of the day. Then you know next time.',
          },
        },
      ],
    },
    {
      id: 'les-verantwoordelijkheid-nemen',
      skillId: 'responsibility',
      title: { nl: 'Staan voor je werk', en: 'Standing behind your work' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Verantwoordelijkheid nemen is zorgen voor je werk. Je maakt je taak goed af. En je gaat zuinig om met je spullen.',
            en: 'Taking responsibility is taking care of your work. You finish your task well. And you take good care of your things.',
          },
          picture: { scene: 'warehouse' },
        },
        {
          text: {
            nl: 'Iedereen maakt wel eens een fout. Dat is niet erg. Zeg het dan eerlijk. Dan kan het snel worden opgelost.',
            en: 'Everyone makes a mistake sometimes. That is all right. Then say so honestly. Then it can be fixed quickly.',
          },
          question: {
            prompt: {
              nl: 'Je laat een doos met glazen vallen. Er zijn er twee kapot. Niemand heeft het gezien. Wat doe je?',
              en: 'You drop a box of glasses. Two of them are broken. Nobody saw it. What do you do?',
            },
            options: [
              {
                text: { nl: 'Ik zeg het tegen mijn leidinggevende.', en: 'I tell my manager.' },
                good: true,
                feedback: {
                  nl: 'Zo weet iedereen wat er is gebeurd. En de klant krijgt geen kapotte glazen.',
                  en: 'That way everyone knows what happened. And the customer does not get broken glasses.',
                },
              },
              {
                text: { nl: 'Ik zet de doos gewoon terug in het rek.', en: 'I just put the box back on the rack.' },
                good: false,
                feedback: {
                  nl: 'Dan vindt iemand anders de kapotte glazen. Of een klant. Zeg het liever, dan kan het worden opgelost.',
                  en: 'Then someone else finds the broken glasses. Or a customer. Better say so, then it can be fixed.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: ben je klaar? Kijk dan nog even om je heen. Is alles opgeruimd? Staat alles weer op zijn plek?',
            en: 'Tip: are you done? Then have another look around. Is everything tidied up? Is everything back in its place?',
          },
        },
      ],
    },
    {
      id: 'les-problemen-oplossen',
      skillId: 'problem-solving',
      title: { nl: 'Een probleem oplossen', en: 'Solving a problem' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Op je werk gaat wel eens iets mis. Een machine doet het niet. Of er ontbreekt iets. Dan zoek je een oplossing.',
            en: 'At work something sometimes goes wrong. A machine does not work. Or something is missing. Then you look for a solution.',
          },
          picture: { scene: 'customer-home' },
        },
        {
          text: {
            nl: 'Ga stap voor stap. Wat is er precies mis? Probeer eerst het makkelijkste. Lukt het niet? Meld het dan.',
            en: 'Go step by step. What exactly is wrong? Try the easiest thing first. Does it not work? Then report it.',
          },
          question: {
            prompt: {
              nl: 'Je maakt schoon bij een klant thuis. De stofzuiger doet het ineens niet meer. Wat doe je eerst?',
              en: 'You are cleaning at a customer’s home. Suddenly the vacuum cleaner stops working. What do you do first?',
            },
            options: [
              {
                text: {
                  nl: 'Ik kijk of de stekker goed in het stopcontact zit.',
                  en: 'I check if the plug is properly in the socket.',
                },
                good: true,
                feedback: {
                  nl: 'Begin bij het makkelijkste. Vaak is dat al de oplossing. Werkt hij dan nog niet? Meld het.',
                  en: 'Start with the easiest thing. Often that is already the solution. Still not working? Report it.',
                },
              },
              {
                text: {
                  nl: 'Ik zeg tegen de klant dat de stofzuiger kapot is.',
                  en: 'I tell the customer the vacuum cleaner is broken.',
                },
                good: false,
                feedback: {
                  nl: 'Misschien is er niets kapot. Kijk eerst zelf naar het makkelijkste. Dan weet je meer.',
                  en: 'Maybe nothing is broken. First look at the easiest thing yourself. Then you know more.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: komt hetzelfde probleem vaak terug? Zeg het dan tegen je leidinggevende. Samen kun je kijken hoe het beter kan.',
            en: 'Tip: does the same problem keep coming back? Then tell your manager. Together you can see how to make it better.',
          },
        },
      ],
    },
    {
      id: 'les-flexibel-zijn',
      skillId: 'adaptability',
      title: { nl: 'Flexibel zijn', en: 'Being flexible' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Op je werk verandert er vaak iets. Een andere taak, een andere plek of een nieuwe collega. Flexibel zijn is daar goed mee omgaan.',
            en: 'At work things often change. A different task, a different place or a new colleague. Being flexible is dealing with that well.',
          },
          picture: { scene: 'shop' },
        },
        {
          text: {
            nl: 'Aan iets nieuws moet je even wennen. Dat is normaal. Vraag wat je moet weten. En probeer het gewoon.',
            en: 'Something new takes a little getting used to. That is normal. Ask what you need to know. And just give it a try.',
          },
          question: {
            prompt: {
              nl: 'Je vult meestal de schappen. Vandaag is het druk bij de kassa. Je leidinggevende vraagt of je daar helpt. Wat doe je?',
              en: 'You usually fill the shelves. Today it is busy at the till. Your manager asks if you can help there. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'Ik ga helpen en vraag wat ik moet weten.',
                  en: 'I go and help and ask what I need to know.',
                },
                good: true,
                feedback: {
                  nl: 'Zo help je het team waar het nodig is. En je leert er iets nieuws bij.',
                  en: 'That way you help the team where it is needed. And you learn something new.',
                },
              },
              {
                text: {
                  nl: 'Ik zeg dat ik liever bij de schappen blijf.',
                  en: 'I say I would rather stay with the shelves.',
                },
                good: false,
                feedback: {
                  nl: 'De schappen ken je goed, dat is fijn. Maar nu heeft het team je bij de kassa nodig.',
                  en: 'You know the shelves well, and that is good. But right now the team needs you at the till.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: verandert er iets? Vraag waarom. Als je de reden weet, is het vaak makkelijker.',
            en: 'Tip: is something changing? Ask why. When you know the reason, it is often easier.',
          },
        },
      ],
    },
    {
      id: 'les-iets-nieuws-leren',
      skillId: 'learning',
      title: { nl: 'Iets nieuws leren', en: 'Learning something new' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Op je werk leer je steeds iets nieuws. Een nieuwe taak of een nieuwe machine. Niemand kan alles meteen.',
            en: 'At work you keep learning something new. A new task or a new machine. Nobody can do everything right away.',
          },
          picture: { scene: 'workshop' },
        },
        {
          text: {
            nl: 'Kijk goed als iemand iets voordoet. Doe het daarna zelf, terwijl die persoon kijkt. Zo kan die persoon je meteen helpen.',
            en: 'Watch closely when someone shows you something. Then do it yourself while that person watches. That way they can help you right away.',
          },
          question: {
            prompt: {
              nl: 'Een collega laat zien hoe de nieuwe boormachine werkt. Hij doet het één keer voor. Wat doe je?',
              en: 'A colleague shows how the new drill works. They show it once. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'Ik vraag of ik het zelf mag doen terwijl hij kijkt.',
                  en: 'I ask if I can do it myself while they watch.',
                },
                good: true,
                feedback: {
                  nl: 'Zo zie je meteen of je het goed doet. En je collega kan je tips geven.',
                  en: 'That way you see right away if you are doing it right. And your colleague can give you tips.',
                },
              },
              {
                text: {
                  nl: 'Ik zeg dat ik het snap en probeer het later alleen.',
                  en: 'I say I understand and try it alone later.',
                },
                good: false,
                feedback: {
                  nl: 'Dan gaat het misschien mis als niemand kijkt. Oefen liever eerst samen.',
                  en: 'Then it may go wrong when nobody is watching. Better practise together first.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: schrijf de stappen op in je eigen woorden. Dan kun je het later nog eens nalezen.',
            en: 'Tip: write the steps down in your own words. Then you can read them again later.',
          },
        },
      ],
    },
    {
      id: 'les-doorzetten',
      skillId: 'perseverance',
      title: { nl: 'Doorzetten', en: 'Keeping going' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Sommig werk is zwaar of saai. Of het lukt niet meteen. Doorzetten is dan toch doorgaan.',
            en: 'Some work is hard or dull. Or it does not work at once. Perseverance is keeping going all the same.',
          },
          picture: { scene: 'kitchen' },
        },
        {
          text: {
            nl: 'Een grote klus lijkt soms eindeloos. Maak er kleine stukjes van. Na elk stukje zie je dat je opschiet.',
            en: 'A big job sometimes seems endless. Cut it into small parts. After each part you see that you are getting on.',
          },
          question: {
            prompt: {
              nl: 'Je moet een grote bak aardappels schillen. Na een half uur ben je pas op de helft. Wat doe je?',
              en: 'You have to peel a big tub of potatoes. After half an hour you are only halfway. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'Ik ga door. Af en toe kijk ik hoe ver ik ben.',
                  en: 'I keep going. Now and then I look at how far I have got.',
                },
                good: true,
                feedback: {
                  nl: 'Zo zie je dat je opschiet. Dan is het makkelijker om door te gaan.',
                  en: 'That way you see that you are getting on. Then it is easier to keep going.',
                },
              },
              {
                text: { nl: 'Ik laat de rest staan voor een collega.', en: 'I leave the rest for a colleague.' },
                good: false,
                feedback: {
                  nl: 'Dan moet een collega het afmaken. Of het eten is niet op tijd klaar. Ga liever door, stukje voor stukje.',
                  en: 'Then a colleague has to finish it. Or the food is not ready in time. Better keep going, bit by bit.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: lukt iets niet de eerste keer? Kijk wat er misging. Probeer het dan nog een keer. Vraag een tip als je vastloopt.',
            en: 'Tip: does something not work the first time? Look at what went wrong. Then try again. Ask for a tip if you get stuck.',
          },
        },
      ],
    },
    {
      id: 'les-omgaan-met-druk',
      skillId: 'dealing-with-pressure',
      title: { nl: 'Rustig werken als het druk is', en: 'Working calmly when it is busy' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Soms is het heel druk op je werk. Veel gasten, veel bestellingen en weinig tijd. Dat hoort bij veel banen.',
            en: 'Sometimes it is very busy at work. Many guests, many orders and little time. That is part of many jobs.',
          },
          picture: { scene: 'restaurant' },
        },
        {
          text: {
            nl: 'Is het druk? Doe één ding tegelijk. Kies wat eerst moet. En vraag hulp als het te veel wordt.',
            en: 'Is it busy? Do one thing at a time. Choose what must come first. And ask for help when it gets too much.',
          },
          question: {
            prompt: {
              nl: 'Het is zaterdagavond. Drie tafels willen bestellen. In de keuken staat ook warm eten klaar. Wat doe je?',
              en: 'It is Saturday evening. Three tables want to order. In the kitchen, hot food is also ready. What do you do?',
            },
            options: [
              {
                text: {
                  nl: 'Ik zeg tegen de tafels dat ik zo kom. Dan breng ik eerst het eten.',
                  en: 'I tell the tables I am coming soon. Then I bring the food first.',
                },
                good: true,
                feedback: {
                  nl: 'Warm eten kan niet lang wachten. En de gasten weten dat je zo komt.',
                  en: 'Hot food cannot wait long. And the guests know you are coming soon.',
                },
              },
              {
                text: {
                  nl: 'Ik neem eerst alle bestellingen op. Het eten wacht wel.',
                  en: 'I take all the orders first. The food can wait.',
                },
                good: false,
                feedback: {
                  nl: 'Dan wordt het eten koud. Breng het eerst. Zeg tegen de gasten dat je zo komt.',
                  en: 'Then the food goes cold. Bring it first. Tell the guests you are coming soon.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: wordt het je te veel? Zeg het tegen een collega of je leidinggevende. Dan kijken jullie samen wat eerst moet.',
            en: 'Tip: is it getting too much? Tell a colleague or your manager. Then you look together at what comes first.',
          },
        },
      ],
    },
    {
      id: 'les-initiatief-nemen',
      skillId: 'initiative',
      title: { nl: 'Zelf iets oppakken', en: 'Taking things on yourself' },
      minutes: 4,
      pages: [
        {
          text: {
            nl: 'Initiatief nemen is zelf iets oppakken. Je wacht niet tot iemand het vraagt. Je ziet wat er moet gebeuren.',
            en: 'Taking initiative is taking something on yourself. You do not wait until someone asks. You see what needs doing.',
          },
          picture: { scene: 'delivery' },
        },
        {
          text: {
            nl: 'Ben je klaar met je werk? Kijk dan om je heen. Is er iets wat je kunt doen? Vraag of je kunt helpen.',
            en: 'Are you done with your work? Then look around you. Is there something you can do? Ask if you can help.',
          },
          question: {
            prompt: {
              nl: 'Je bent eerder klaar met je rit. Je collega’s laden nog bussen in. Wat doe je?',
              en: 'You have finished your round early. Your colleagues are still loading vans. What do you do?',
            },
            options: [
              {
                text: { nl: 'Ik vraag of ik kan helpen met inladen.', en: 'I ask if I can help with loading.' },
                good: true,
                feedback: {
                  nl: 'Je ziet wat er moet gebeuren en biedt hulp aan. Zo is iedereen eerder klaar.',
                  en: 'You see what needs doing and offer help. That way everyone is done sooner.',
                },
              },
              {
                text: {
                  nl: 'Ik wacht in de kantine tot iemand me iets vraagt.',
                  en: 'I wait in the canteen until someone asks me something.',
                },
                good: false,
                feedback: {
                  nl: 'Dan blijft er werk liggen dat jij kunt doen. Kijk zelf wat er nodig is.',
                  en: 'Then there is work left that you could do. Look for yourself at what is needed.',
                },
              },
            ],
          },
        },
        {
          text: {
            nl: 'Tip: heb je een idee om het werk beter te doen? Vertel het aan je leidinggevende. Vaak zijn ze blij met een goed idee.',
            en: 'Tip: do you have an idea to do the work better? Tell your manager. They are often glad of a good idea.',
          },
        },
      ],
    },
  ],
  LEARNING_CATALOGUES,
);
