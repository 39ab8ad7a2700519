/*
 * The areas of life a council looks at in an assessment, in easy read, for "Get ready for your
 * assessment" (issue 19). In England they are the outcomes in the Care and Support (Eligibility
 * Criteria) Regulations 2015, regulation 2(2), and what counts as "unable to achieve" one is
 * regulation 2(3). Each area keeps the words it paraphrases, so tests can pin it to the law.
 */
import type { PictureName } from '../pictures/registry';

/** A law or guidance a paraphrase comes from, as listed under "Sources". */
export interface LawSource {
  /** Its title, like "The Care and Support (Eligibility Criteria) Regulations 2015". */
  readonly title: string;
  /** Who made or published it. */
  readonly publisher: string;
  /** Where to read it. */
  readonly url: string;
}

/** The Regulations whose outcomes the areas paraphrase (England). */
export const ELIGIBILITY_REGULATIONS: LawSource = {
  title: 'The Care and Support (Eligibility Criteria) Regulations 2015',
  publisher: 'UK Parliament',
  url: 'https://www.legislation.gov.uk/uksi/2015/313/regulation/2',
};

/**
 * The Scottish guidance on eligibility. It says the national framework of 2009 puts risks into 4
 * bands; it does not list outcomes like the English Regulations, so Scotland uses the same
 * everyday areas.
 */
export const SCOTTISH_ELIGIBILITY_GUIDANCE: LawSource = {
  title: 'Social Care (Self-directed Support) (Scotland) Act 2013: statutory guidance, section 6',
  publisher: 'Scottish Government',
  url: 'https://www.gov.scot/publications/statutory-guidance-accompany-social-care-self-directed-support-scotland-act-2013-2/pages/8/',
};

/**
 * Where the names of Scotland's 4 bands of risk are given: critical, substantial, moderate and
 * low, as defined in the 2009 national framework guidance (Scottish Government and COSLA).
 */
export const SCOTTISH_ELIGIBILITY_BANDS: LawSource = {
  title: 'Social Care Eligibility Criteria and Waiting Times, Scotland, 2020-21',
  publisher: 'Scottish Government',
  url: 'https://www.gov.scot/publications/social-care-eligibility-criteria-waiting-times-scotland-2020-21/pages/2/',
};

/** The letters of regulation 2(2), one for each outcome. */
export type OutcomeLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

/** The name of an area in code and in saved notes. Never rename one: notes are kept by it. */
export type AreaId =
  | 'food'
  | 'washing'
  | 'toilet'
  | 'dressing'
  | 'safe-at-home'
  | 'home'
  | 'family-and-friends'
  | 'work-and-learning'
  | 'out-and-about'
  | 'caring-for-a-child';

/** One area of life, as the tool shows it. */
export interface Area {
  readonly id: AreaId;
  /** The easy-read title: "Food and drink". */
  readonly title: string;
  /** Its picture from the registry. */
  readonly picture: PictureName;
  /** What the area is about, in easy read: 1 to 3 short sentences. */
  readonly explanation: readonly string[];
  /** Things a person might find hard here, in easy read. */
  readonly examples: readonly string[];
  /** The part of regulation 2(2) it paraphrases. */
  readonly regulation: {
    /** The paragraph letter, like "a" for regulation 2(2)(a). */
    readonly letter: OutcomeLetter;
    /** The outcome exactly as the Regulations word it. */
    readonly wording: string;
  };
}

/** Every area, in the order of regulation 2(2). */
export const AREAS: readonly Area[] = [
  {
    id: 'food',
    title: 'Food and drink',
    picture: 'food',
    explanation: ['This is about getting enough to eat and drink.', 'It includes making meals.'],
    examples: ['Buying food.', 'Cooking a meal.', 'Eating and drinking.', 'Remembering to eat.'],
    regulation: { letter: 'a', wording: 'managing and maintaining nutrition' },
  },
  {
    id: 'washing',
    title: 'Washing and keeping clean',
    picture: 'washing',
    explanation: ['This is about keeping your body clean.'],
    examples: [
      'Having a bath or a shower.',
      'Brushing your teeth.',
      'Washing your hair.',
      'Washing your clothes.',
    ],
    regulation: { letter: 'b', wording: 'maintaining personal hygiene' },
  },
  {
    id: 'toilet',
    title: 'Using the toilet',
    picture: 'toilet',
    explanation: ['This is about getting to the toilet and using it.'],
    examples: ['Getting to the toilet in time.', 'Using the toilet at night.', 'Changing pads.'],
    regulation: { letter: 'c', wording: 'managing toilet needs' },
  },
  {
    id: 'dressing',
    title: 'Getting dressed',
    picture: 'dressing',
    explanation: ['This is about wearing clothes that are right for you.'],
    examples: [
      'Putting clothes on and taking them off.',
      'Choosing clothes for the weather.',
      'Having clean clothes.',
    ],
    regulation: { letter: 'd', wording: 'being appropriately clothed' },
  },
  {
    id: 'safe-at-home',
    title: 'Being safe at home',
    picture: 'safe-at-home',
    explanation: ['This is about moving round your home safely.'],
    examples: [
      'Going up and down the stairs.',
      'Getting in and out of bed.',
      'Using the cooker safely.',
      'Getting help if you fall.',
    ],
    regulation: { letter: 'e', wording: 'being able to make use of the adult’s home safely' },
  },
  {
    id: 'home',
    title: 'Keeping your home clean and safe',
    picture: 'cleaning',
    explanation: ['This is about keeping your home a good place to live.'],
    examples: [
      'Cleaning and tidying.',
      'Keeping your home warm.',
      'Paying bills.',
      'Putting the rubbish out.',
    ],
    regulation: { letter: 'f', wording: 'maintaining a habitable home environment' },
  },
  {
    id: 'family-and-friends',
    title: 'Family and friends',
    picture: 'family-and-friends',
    explanation: ['This is about seeing the people who matter to you.'],
    examples: ['Keeping in touch with family.', 'Making friends.', 'Having a partner.'],
    regulation: {
      letter: 'g',
      wording: 'developing and maintaining family or other personal relationships',
    },
  },
  {
    id: 'work-and-learning',
    title: 'Work, learning and volunteering',
    picture: 'work-and-learning',
    explanation: [
      'This is about work and learning.',
      'Volunteering means helping out without being paid.',
    ],
    examples: [
      'Finding a job and getting to it.',
      'Going to college or a course.',
      'Helping out at a charity shop.',
    ],
    regulation: {
      letter: 'h',
      wording: 'accessing and engaging in work, training, education or volunteering',
    },
  },
  {
    id: 'out-and-about',
    title: 'Getting out and using places near you',
    picture: 'going-out',
    explanation: ['This is about going out and using places in your area.'],
    examples: [
      'Using the bus or the train.',
      'Going to the shops or the doctor.',
      'Going to a club, a café or the gym.',
    ],
    regulation: {
      letter: 'i',
      wording:
        'making use of necessary facilities or services in the local community including public transport, and recreational facilities or services',
    },
  },
  {
    id: 'caring-for-a-child',
    title: 'Caring for a child',
    picture: 'child',
    explanation: ['This is about looking after a child, if you have one.'],
    examples: [
      'Getting your child ready for school.',
      'Making meals for your child.',
      'Playing with your child.',
    ],
    regulation: {
      letter: 'j',
      wording: 'carrying out any caring responsibilities the adult has for a child',
    },
  },
];

/** Every area's id, in order. */
export const AREA_IDS: readonly AreaId[] = AREAS.map((area) => area.id);

/** True when `id` names an area (for checking saved notes). */
export function isAreaId(id: string): id is AreaId {
  return (AREA_IDS as readonly string[]).includes(id);
}

/** Thrown when code asks for an area that is not in the list. */
export class UnknownAreaError extends Error {
  constructor(id: string) {
    super(`There is no area called "${id}".`);
    this.name = 'UnknownAreaError';
  }
}

/** The area with this id. */
export function findArea(id: string): Area {
  const area = AREAS.find((candidate) => candidate.id === id);
  if (area === undefined) throw new UnknownAreaError(id);
  return area;
}

/** The ways a thing can be hard that the rules count, by their name in code and notes. */
export type HardWayId = 'needs-help' | 'hurts-or-worries' | 'risk' | 'takes-long';

/** One of the ways the rules count a thing as hard (regulation 2(3)). */
export interface HardWay {
  readonly id: HardWayId;
  /** The easy-read question: "Does it hurt or worry you?" */
  readonly question: string;
  /** An easy-read example. */
  readonly example: string;
  readonly picture: PictureName;
  /** The part of regulation 2(3) it paraphrases. */
  readonly regulation: {
    /** The paragraph letter, like "b" for regulation 2(3)(b). */
    readonly letter: 'a' | 'b' | 'c' | 'd';
    /** The words of the Regulations after "is to be regarded as being unable to achieve an outcome if the adult". */
    readonly wording: string;
  };
}

/**
 * The ways the rules count a thing as hard, in the order of regulation 2(3). In England a person
 * is "unable to achieve" an outcome in any one of these ways.
 */
export const HARD_WAYS: readonly HardWay[] = [
  {
    id: 'needs-help',
    question: 'Do you need someone to help you?',
    example: 'This counts if someone needs to remind you too.',
    picture: 'help',
    regulation: { letter: 'a', wording: 'is unable to achieve it without assistance' },
  },
  {
    id: 'hurts-or-worries',
    question: 'Does it hurt, upset or worry you?',
    example: 'You may manage, but be in a lot of pain after.',
    picture: 'afraid',
    regulation: {
      letter: 'b',
      wording:
        'is able to achieve it without assistance but doing so causes the adult significant pain, distress or anxiety',
    },
  },
  {
    id: 'risk',
    question: 'Could you or someone else get hurt?',
    example: 'You may fall, or leave the cooker on.',
    picture: 'safe',
    regulation: {
      letter: 'c',
      wording:
        'is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult, or of others',
    },
  },
  {
    id: 'takes-long',
    question: 'Does it take you a lot longer than most people?',
    example: 'Getting dressed may take you an hour.',
    picture: 'takes-long',
    regulation: {
      letter: 'd',
      wording:
        'is able to achieve it without assistance but takes significantly longer than would normally be expected',
    },
  },
];

/** Where each area's wording comes from, for the page's "More detail" and Sources. */
export function citeArea(area: Area): string {
  return `${ELIGIBILITY_REGULATIONS.title}, regulation 2(2)(${area.regulation.letter})`;
}

/** Where each way of being hard comes from, for the page's "More detail" and Sources. */
export function citeHardWay(way: HardWay): string {
  return `${ELIGIBILITY_REGULATIONS.title}, regulation 2(3)(${way.regulation.letter})`;
}
