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
  ],
  LEARNING_CATALOGUES,
);
