import type { Skill } from '../../domain.js';
import { withTranslations } from './translations/merge.js';
import { skillTranslations } from './translations/skills.js';

/**
 * The soft skills of the skill language. Texts at B1, Dutch first.
 *
 * Crosswalk sources (checked, not guessed):
 * - ESCO: transversalSkillsCollection_en.csv of ESCO v1.2.0. Where ESCO has no transversal
 *   skill of its own, the crosswalk points at the transversal skill group (communicating,
 *   supporting others).
 * - O*NET: Content Model ids as used in O*NET 30.1 (Work Styles moved from 1.C to 1.D in that
 *   release; Skills keep their 2.A/2.B ids).
 */
const written: Skill[] = [
  {
    id: 'working-together',
    kind: 'soft',
    group: 'social-communication',
    label: { nl: 'Samenwerken', en: 'Working together' },
    description: { nl: 'Je werkt goed met anderen aan een taak.', en: 'You work well with others on a task.' },
    strength: { nl: 'Je bent een fijne collega in een team.', en: 'You are a good colleague in a team.' },
    levels: [
      { nl: 'Je doet mee als iemand zegt wat je moet doen.', en: 'You join in when someone tells you what to do.' },
      { nl: 'Je doet je eigen deel van het werk in het team.', en: 'You do your own part of the team’s work.' },
      { nl: 'Je helpt een collega die vastloopt.', en: 'You help a colleague who gets stuck.' },
      { nl: 'Je maakt met het team afspraken over wie wat doet.', en: 'You agree with the team on who does what.' },
      {
        nl: 'Je helpt het team om samen een goed resultaat te halen.',
        en: 'You help the team reach a good result together.',
      },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0', label: 'work in teams' },
      onet: { id: '1.D.2.d', label: 'Cooperation' },
      reason: {
        nl: 'Beide gaan over je eigen deel doen in een groep.',
        en: 'Both are about doing your own part in a group.',
      },
    },
  },
  {
    id: 'communicating',
    kind: 'soft',
    group: 'social-communication',
    label: { nl: 'Communiceren', en: 'Communicating' },
    description: {
      nl: 'Je praat en luistert goed. Anderen begrijpen je.',
      en: 'You talk and listen well. Others understand you.',
    },
    strength: { nl: 'Je legt dingen duidelijk uit.', en: 'You explain things clearly.' },
    levels: [
      { nl: 'Je zegt het als je iets niet begrijpt.', en: 'You say so when you do not understand something.' },
      { nl: 'Je geeft een korte boodschap goed door.', en: 'You pass on a short message correctly.' },
      { nl: 'Je legt een taak in eenvoudige woorden uit.', en: 'You explain a task in simple words.' },
      {
        nl: 'Je past je woorden aan aan de persoon voor je.',
        en: 'You adjust your words to the person in front of you.',
      },
      { nl: 'Je praat rustig, ook in een moeilijk gesprek.', en: 'You talk calmly, even in a difficult conversation.' },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/6f142deb-03a9-4cd7-94ce-e0f023ae2169', label: 'communicating' },
      onet: { id: '2.A.1.d', label: 'Speaking' },
      reason: {
        nl: 'ESCO heeft hier een groep; O*NET kijkt naar praten en uitleggen.',
        en: 'ESCO has a group here; O*NET looks at talking and explaining.',
      },
    },
  },
  {
    id: 'customer-focus',
    kind: 'soft',
    group: 'social-communication',
    label: { nl: 'Klantgericht werken', en: 'Customer focus' },
    description: { nl: 'Je helpt klanten goed en vriendelijk.', en: 'You help customers well and in a friendly way.' },
    strength: { nl: 'Klanten voelen zich welkom bij jou.', en: 'Customers feel welcome with you.' },
    levels: [
      { nl: 'Je groet klanten vriendelijk.', en: 'You greet customers in a friendly way.' },
      { nl: 'Je helpt een klant met een eenvoudige vraag.', en: 'You help a customer with a simple question.' },
      {
        nl: 'Je vraagt wat de klant nodig heeft en helpt verder.',
        en: 'You ask what the customer needs and help them further.',
      },
      { nl: 'Je lost een klacht rustig op.', en: 'You calmly solve a complaint.' },
      {
        nl: 'Je ziet wat een klant nodig heeft, voor die het vraagt.',
        en: 'You see what a customer needs before they ask.',
      },
    ],
    crosswalk: {
      esco: {
        uri: 'http://data.europa.eu/esco/skill/82463bb1-85d1-4e99-a4ce-08508fc3b2a3',
        label: 'supporting others',
      },
      onet: { id: '2.B.1.f', label: 'Service Orientation' },
      reason: {
        nl: 'ESCO heeft geen eigen vaardigheid voor klanten. Anderen helpen komt het dichtst bij.',
        en: 'ESCO has no separate customer skill; supporting others comes closest.',
      },
    },
  },
  {
    id: 'caring',
    kind: 'soft',
    group: 'social-communication',
    label: { nl: 'Zorgzaam zijn', en: 'Caring' },
    description: {
      nl: 'Je let op hoe het met anderen gaat. Je helpt waar het nodig is.',
      en: 'You notice how others are doing. You help where needed.',
    },
    strength: { nl: 'Je zorgt goed voor andere mensen.', en: 'You take good care of other people.' },
    levels: [
      { nl: 'Je bent vriendelijk en geduldig tegen anderen.', en: 'You are kind and patient with others.' },
      { nl: 'Je ziet het als iemand hulp nodig heeft.', en: 'You notice when someone needs help.' },
      {
        nl: 'Je helpt iemand op een manier die bij die persoon past.',
        en: 'You help someone in a way that suits them.',
      },
      {
        nl: 'Je merkt kleine veranderingen bij iemand en meldt die.',
        en: 'You notice small changes in someone and report them.',
      },
      { nl: 'Je steunt iemand in een moeilijke tijd.', en: 'You support someone through a hard time.' },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/77b636e8-fab3-41a8-8022-1e0a354059dc', label: 'show empathy' },
      onet: { id: '1.D.2.c', label: 'Empathy' },
      reason: {
        nl: 'Beide gaan over zien en voelen wat een ander nodig heeft.',
        en: 'Both are about seeing and feeling what another person needs.',
      },
    },
  },
  {
    id: 'working-independently',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Zelfstandig werken', en: 'Working independently' },
    description: {
      nl: 'Je doet je werk zonder dat iemand steeds meekijkt.',
      en: 'You do your work without someone watching all the time.',
    },
    strength: { nl: 'Je gaat goed alleen aan de slag.', en: 'You get to work well on your own.' },
    levels: [
      { nl: 'Je doet een korte taak alleen, na uitleg.', en: 'You do a short task alone after an explanation.' },
      { nl: 'Je werkt een uur alleen aan een vaste taak.', en: 'You work alone on a routine task for an hour.' },
      { nl: 'Je doet een hele dag je taken zonder hulp.', en: 'You do your tasks for a whole day without help.' },
      { nl: 'Je kiest zelf hoe je een klus aanpakt.', en: 'You choose yourself how to tackle a job.' },
      {
        nl: 'Je regelt zelf je werk en weet wanneer je hulp vraagt.',
        en: 'You organise your own work and know when to ask for help.',
      },
    ],
    crosswalk: {
      esco: {
        uri: 'http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730',
        label: 'work independently',
      },
      onet: { id: '1.D.1.e', label: 'Initiative' },
      reason: {
        nl: 'O*NET heeft geen stijl meer voor zelfstandig werken; initiatief ligt het dichtst bij.',
        en: 'O*NET no longer has a style for working alone; initiative is closest.',
      },
    },
  },
  {
    id: 'responsibility',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Verantwoordelijkheid nemen', en: 'Taking responsibility' },
    description: {
      nl: 'Je zorgt goed voor je werk, je spullen en je taken.',
      en: 'You take good care of your work, your tools and your tasks.',
    },
    strength: {
      nl: 'Je staat voor je werk, ook als er iets misgaat.',
      en: 'You stand behind your work, even when something goes wrong.',
    },
    levels: [
      { nl: 'Je ruimt je eigen spullen op.', en: 'You tidy up your own things.' },
      { nl: 'Je zegt het eerlijk als je een fout maakt.', en: 'You say honestly when you make a mistake.' },
      { nl: 'Je zorgt dat jouw taak af is en goed is.', en: 'You make sure your task is finished and done well.' },
      { nl: 'Je neemt een taak over als dat nodig is.', en: 'You take over a task when needed.' },
      {
        nl: 'Je voelt je verantwoordelijk voor het werk van het hele team.',
        en: 'You feel responsible for the whole team’s work.',
      },
    ],
    crosswalk: {
      esco: {
        uri: 'http://data.europa.eu/esco/skill/199f7919-5114-41b6-b6a5-41e0e4896ec1',
        label: 'assume responsibility',
      },
      onet: { id: '1.D.3.c', label: 'Dependability' },
      reason: {
        nl: 'O*NET ziet dit als een deel van: je bent te vertrouwen.',
        en: 'O*NET counts being responsible as part of dependability.',
      },
    },
  },
  {
    id: 'accuracy',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Nauwkeurig werken', en: 'Accuracy' },
    description: {
      nl: 'Je werkt precies en let op kleine dingen.',
      en: 'You work precisely and pay attention to small things.',
    },
    strength: { nl: 'Je werkt precies en netjes.', en: 'You work precisely and neatly.' },
    levels: [
      { nl: 'Je volgt een eenvoudige instructie stap voor stap.', en: 'You follow a simple instruction step by step.' },
      { nl: 'Je controleert je werk als iemand daarom vraagt.', en: 'You check your work when someone asks you to.' },
      { nl: 'Je controleert zelf je werk voor je het afgeeft.', en: 'You check your own work before you hand it in.' },
      { nl: 'Je ziet kleine fouten en lost ze op.', en: 'You spot small mistakes and fix them.' },
      {
        nl: 'Je werkt zonder fouten, ook bij lang en precies werk.',
        en: 'You work without mistakes, even in long and precise work.',
      },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7', label: 'attend to detail' },
      onet: { id: '1.D.3.b', label: 'Attention to Detail' },
      reason: {
        nl: 'Beide gaan over precies werken en op details letten.',
        en: 'Both are about working precisely and minding details.',
      },
    },
  },
  {
    id: 'working-safely',
    kind: 'soft',
    group: 'life',
    label: { nl: 'Veilig werken', en: 'Working safely' },
    description: {
      nl: 'Je let op gevaar en houdt je aan de regels.',
      en: 'You watch out for danger and follow the rules.',
    },
    strength: { nl: 'Je werkt veilig voor jezelf en anderen.', en: 'You work safely for yourself and others.' },
    levels: [
      { nl: 'Je draagt je beschermende kleding als dat moet.', en: 'You wear your protective clothing when needed.' },
      { nl: 'Je volgt de veiligheidsregels op je werkplek.', en: 'You follow the safety rules at your workplace.' },
      { nl: 'Je ziet gevaar en meldt het meteen.', en: 'You see danger and report it right away.' },
      { nl: 'Je maakt je werkplek veilig voor je begint.', en: 'You make your workplace safe before you start.' },
      { nl: 'Je spreekt collega’s aan op onveilig werk.', en: 'You speak to colleagues about unsafe work.' },
    ],
    crosswalk: {
      esco: {
        uri: 'http://data.europa.eu/esco/skill/c4180af3-befd-4bd8-9a65-6a496f9d9f15',
        label: 'demonstrate awareness of health risks',
      },
      onet: { id: '1.D.3.a', label: 'Cautiousness' },
      reason: {
        nl: 'Het gaat in beide om gevaar zien en veilig werken.',
        en: 'Both are about seeing risks and acting safely.',
      },
    },
  },
  {
    id: 'planning',
    kind: 'soft',
    group: 'thinking',
    label: { nl: 'Plannen', en: 'Planning' },
    description: { nl: 'Je verdeelt je werk en je tijd goed.', en: 'You divide your work and your time well.' },
    strength: { nl: 'Je weet wat je wanneer moet doen.', en: 'You know what to do when.' },
    levels: [
      { nl: 'Je weet welke taak je vandaag moet doen.', en: 'You know which task you have to do today.' },
      { nl: 'Je doet je taken in de goede volgorde.', en: 'You do your tasks in the right order.' },
      { nl: 'Je plant je eigen werkdag.', en: 'You plan your own working day.' },
      { nl: 'Je past je planning aan als er iets verandert.', en: 'You change your plan when something changes.' },
      { nl: 'Je plant het werk voor een klein team.', en: 'You plan the work for a small team.' },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/e49f4158-9d4c-425d-bf32-dfe89b19840a', label: 'plan' },
      onet: { id: '2.B.5.a', label: 'Time Management' },
      reason: {
        nl: 'Beide gaan over je tijd en taken goed indelen.',
        en: 'Both are about dividing your time and tasks well.',
      },
    },
  },
  {
    id: 'problem-solving',
    kind: 'soft',
    group: 'thinking',
    label: { nl: 'Problemen oplossen', en: 'Problem solving' },
    description: {
      nl: 'Je zoekt een oplossing als iets niet goed gaat.',
      en: 'You look for a solution when something goes wrong.',
    },
    strength: { nl: 'Je bedenkt slimme oplossingen.', en: 'You come up with smart solutions.' },
    levels: [
      { nl: 'Je meldt een probleem aan je leidinggevende.', en: 'You report a problem to your manager.' },
      {
        nl: 'Je lost een bekend probleem op zoals het is voorgedaan.',
        en: 'You solve a known problem the way you were shown.',
      },
      {
        nl: 'Je bedenkt zelf een oplossing voor een klein probleem.',
        en: 'You come up with a solution for a small problem yourself.',
      },
      { nl: 'Je zoekt uit waar een probleem vandaan komt.', en: 'You find out where a problem comes from.' },
      {
        nl: 'Je lost een nieuw probleem op en voorkomt dat het terugkomt.',
        en: 'You solve a new problem and stop it from coming back.',
      },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869', label: 'solve problems' },
      onet: { id: '2.B.2.i', label: 'Complex Problem Solving' },
      reason: {
        nl: 'Beide gaan over een probleem zien en een oplossing vinden.',
        en: 'Both are about seeing a problem and finding a solution.',
      },
    },
  },
  {
    id: 'adaptability',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Flexibel zijn', en: 'Adaptability' },
    description: { nl: 'Je past je makkelijk aan als er iets verandert.', en: 'You adjust easily when things change.' },
    strength: { nl: 'Je gaat goed om met veranderingen.', en: 'You handle change well.' },
    levels: [
      { nl: 'Je doet een andere taak als dat gevraagd wordt.', en: 'You do a different task when asked.' },
      {
        nl: 'Je werkt gewoon door als je plek of collega wisselt.',
        en: 'You keep working when your place or colleague changes.',
      },
      {
        nl: 'Je past je werk snel aan een nieuwe situatie aan.',
        en: 'You quickly adjust your work to a new situation.',
      },
      { nl: 'Als er veel verandert, blijf je rustig en blij.', en: 'You stay calm and positive during big changes.' },
      { nl: 'Je helpt anderen om aan een verandering te wennen.', en: 'You help others get used to a change.' },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4', label: 'adapt to change' },
      onet: { id: '1.D.1.f', label: 'Adaptability' },
      reason: {
        nl: 'Beide gaan over je aanpassen als het werk verandert.',
        en: 'Both are about adjusting when the work changes.',
      },
    },
  },
  {
    id: 'learning',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Leren', en: 'Learning' },
    description: {
      nl: 'Je wilt nieuwe dingen leren en vraagt om uitleg.',
      en: 'You want to learn new things and ask for explanations.',
    },
    strength: { nl: 'Je leert snel en graag.', en: 'You learn quickly and gladly.' },
    levels: [
      { nl: 'Je kijkt goed als iemand iets voordoet.', en: 'You watch closely when someone shows you something.' },
      { nl: 'Je stelt vragen als je iets niet snapt.', en: 'You ask questions when you do not understand something.' },
      { nl: 'Je gebruikt tips van anderen in je werk.', en: 'You use tips from others in your work.' },
      { nl: 'Je zoekt zelf uit hoe iets nieuws werkt.', en: 'You find out yourself how something new works.' },
      { nl: 'Je leert anderen wat jij hebt geleerd.', en: 'You teach others what you have learned.' },
    ],
    crosswalk: {
      esco: {
        uri: 'http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b',
        label: 'demonstrate willingness to learn',
      },
      onet: { id: '2.A.2.b', label: 'Active Learning' },
      reason: {
        nl: 'Beide gaan over nieuwe kennis opdoen en gebruiken in je werk.',
        en: 'Both are about gaining new knowledge and using it at work.',
      },
    },
  },
  {
    id: 'perseverance',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Doorzetten', en: 'Perseverance' },
    description: {
      nl: 'Je gaat door, ook als het werk zwaar of saai is.',
      en: 'You keep going, even when work is hard or dull.',
    },
    strength: { nl: 'Je geeft niet snel op.', en: 'You do not give up easily.' },
    levels: [
      { nl: 'Je maakt een korte taak af.', en: 'You finish a short task.' },
      { nl: 'Je maakt een saaie taak helemaal af.', en: 'You finish a boring task completely.' },
      { nl: 'Je probeert het opnieuw als het eerst niet lukt.', en: 'You try again when it does not work at first.' },
      {
        nl: 'Je blijft je best doen tijdens een lange, zware klus.',
        en: 'You keep doing your best during a long, hard job.',
      },
      {
        nl: 'Je houdt vol bij tegenslag en moedigt anderen aan.',
        en: 'You keep going through setbacks and encourage others.',
      },
    ],
    crosswalk: {
      esco: {
        uri: 'http://data.europa.eu/esco/skill/19a64e91-bfe3-4c48-9225-3bb1229b12f0',
        label: 'show determination',
      },
      onet: { id: '1.D.1.h', label: 'Perseverance' },
      reason: {
        nl: 'Beide gaan over volhouden bij moeilijk werk.',
        en: 'Both are about keeping going in hard work.',
      },
    },
  },
  {
    id: 'dealing-with-pressure',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Omgaan met druk', en: 'Dealing with pressure' },
    description: {
      nl: 'Je blijft rustig als het druk is of als er haast is.',
      en: 'You stay calm when it is busy or there is a rush.',
    },
    strength: { nl: 'Je blijft kalm als het druk is.', en: 'You stay calm when it is busy.' },
    levels: [
      { nl: 'Je vraagt hulp als het je te veel wordt.', en: 'You ask for help when it gets too much.' },
      { nl: 'Je werkt rustig door als het wat drukker is.', en: 'You keep working calmly when it gets a bit busier.' },
      { nl: 'Je blijft netjes werken als er haast is.', en: 'You keep working neatly when there is a rush.' },
      {
        nl: 'Je kiest wat eerst moet als alles tegelijk komt.',
        en: 'You choose what comes first when everything happens at once.',
      },
      {
        nl: 'Je houdt het overzicht en helpt anderen bij grote drukte.',
        en: 'You keep the overview and help others when it is very busy.',
      },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d', label: 'cope with stress' },
      onet: { id: '1.D.4.a', label: 'Stress Tolerance' },
      reason: {
        nl: 'Beide gaan over goed blijven werken onder druk.',
        en: 'Both are about working well under pressure.',
      },
    },
  },
  {
    id: 'initiative',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Initiatief nemen', en: 'Taking initiative' },
    description: {
      nl: 'Je pakt zelf dingen op, zonder dat iemand het vraagt.',
      en: 'You take things on yourself, without being asked.',
    },
    strength: { nl: 'Je ziet wat er moet gebeuren en pakt het op.', en: 'You see what needs doing and take it on.' },
    levels: [
      { nl: 'Je vraagt wat je kunt doen als je klaar bent.', en: 'You ask what you can do when you are done.' },
      {
        nl: 'Je pakt een bekende taak op zonder dat het gevraagd wordt.',
        en: 'You pick up a familiar task without being asked.',
      },
      { nl: 'Je ziet wat er moet gebeuren en begint eraan.', en: 'You see what needs doing and start on it.' },
      { nl: 'Je doet een voorstel om het werk beter te maken.', en: 'You suggest a way to make the work better.' },
      {
        nl: 'Je start een verbetering en krijgt anderen mee.',
        en: 'You start an improvement and get others on board.',
      },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f', label: 'show initiative' },
      onet: { id: '1.D.1.e', label: 'Initiative' },
      reason: {
        nl: 'Beide gaan over zelf de eerste stap zetten.',
        en: 'Both are about taking the first step yourself.',
      },
    },
  },
  {
    id: 'keeping-agreements',
    kind: 'soft',
    group: 'self-management',
    label: { nl: 'Afspraken nakomen', en: 'Keeping agreements' },
    description: {
      nl: 'Je doet wat je belooft en je bent op tijd.',
      en: 'You do what you promise and you are on time.',
    },
    strength: { nl: 'Op jou kunnen anderen rekenen.', en: 'Others can count on you.' },
    levels: [
      {
        nl: 'Je bent op tijd, of je belt als je later komt.',
        en: 'You are on time, or you call when you will be late.',
      },
      { nl: 'Je doet wat met je is afgesproken.', en: 'You do what was agreed with you.' },
      { nl: 'Je houdt je aan afspraken, ook als het tegenzit.', en: 'You keep agreements, even when things go wrong.' },
      {
        nl: 'Je maakt zelf duidelijke afspraken en komt ze na.',
        en: 'You make clear agreements yourself and keep them.',
      },
      { nl: 'Je zorgt dat het team zich aan afspraken houdt.', en: 'You make sure the team keeps its agreements.' },
    ],
    crosswalk: {
      esco: { uri: 'http://data.europa.eu/esco/skill/113b4428-0a31-4199-8496-070af7854b91', label: 'meet commitments' },
      onet: { id: '1.D.3.c', label: 'Dependability' },
      reason: {
        nl: 'Beide gaan over doen wat je belooft.',
        en: 'Both are about doing what you promise.',
      },
    },
  },
];

/** The soft skills, with their names, descriptions, strengths and levels in every reading language (#25). */
export const skills: Skill[] = written.map((skill) => {
  const t = skillTranslations[skill.id];
  if (!t) return skill;
  return {
    ...skill,
    label: withTranslations(skill.label, (l) => t[l].label),
    description: withTranslations(skill.description, (l) => t[l].description),
    strength: withTranslations(skill.strength, (l) => t[l].strength),
    levels: skill.levels.map((level, i) => withTranslations(level, (l) => t[l].levels[i])) as Skill['levels'],
  };
});
