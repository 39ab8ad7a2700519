/*
 * The words the planner shows beside each question: a label, easy-read help, an example answer
 * and a picture (an idea from the pictures registry). Sections and fields come from issue 6
 * ("The plan's sections"); the provider questions from the "Choosing a provider" guide.
 * Easy-read rules: EASY_READ.md (one idea a sentence, "you", digits).
 */
import type { PictureName } from '../pictures/registry';
import type { PlanSectionId } from './schema';
import { SECTION_PICTURES } from './section-pictures';

/** One question in a section: what it asks, help in easy read, an example and a picture. */
export interface PlanQuestion {
  /** The field of the section (or of each item in a list section) the answer goes into. */
  readonly field: string;
  /** The question, as the field's label. */
  readonly label: string;
  /** 1 to 3 short easy-read sentences. */
  readonly help: readonly string[];
  /** An example answer, shown as "For example: ...". Empty when there is none. */
  readonly example: string;
  /** The idea the question is about, whose picture shows beside it (src/lib/pictures). */
  readonly picture: PictureName;
}

/** A section's easy-read opening and its questions. */
export interface SectionGuide {
  readonly id: PlanSectionId;
  /** The idea the section is about, whose picture shows beside its title (src/lib/pictures). */
  readonly picture: PictureName;
  /** 1 to 3 short easy-read sentences that open the section. */
  readonly intro: readonly string[];
  /** The questions, in the order the page shows them. */
  readonly questions: readonly PlanQuestion[];
}

/** A question from the "Choosing a provider" guide that the plan keeps with its answer. */
export interface ProviderQuestion {
  /** Stored with the answer as `questionId`; never change one once shipped. */
  readonly id: string;
  readonly question: string;
  readonly example: string;
}

/** The picture beside each question from the "Choosing a provider" guide. */
export const PROVIDER_QUESTION_PICTURE: PictureName = 'ask';

/**
 * The guide's questions that have no field of their own in "My provider" (the money account,
 * money reports, the fee and saving hours have their own fields).
 */
export const PROVIDER_QUESTIONS: readonly ProviderQuestion[] = [
  {
    id: 'fee-pays-for',
    question: 'What does the fee pay for?',
    example: 'Paying my support workers, my money reports and my online account.',
  },
  {
    id: 'choose-who-supports',
    question: 'Can I choose who supports me?',
    example: 'Yes. I meet new support workers before they start.',
  },
  {
    id: 'not-happy',
    question: 'What do I do if I am not happy?',
    example: 'I phone the manager, Ali. If that does not help, I write to the council.',
  },
  {
    id: 'change-provider',
    question: 'Can I change to another provider?',
    example: 'Yes. I tell them 4 weeks before.',
  },
];

/** The help for every section, in the order of `PLAN_SECTIONS`. */
export const SECTION_GUIDES: Readonly<Record<PlanSectionId, SectionGuide>> = {
  aboutMe: {
    id: 'aboutMe',
    picture: SECTION_PICTURES.aboutMe,
    intro: ['This part is about you.', 'It helps people get to know you.'],
    questions: [
      {
        field: 'name',
        label: 'Your name, or the name you like',
        help: ['Write the name people should call you.'],
        example: 'Sam',
        picture: 'you',
      },
      {
        field: 'likedAbout',
        label: 'What people like about you',
        help: ['Write the good things people say about you.'],
        example: 'I am kind and funny. I always remember birthdays.',
        picture: 'happy',
      },
      {
        field: 'mattersToMe',
        label: 'What matters to you',
        help: ['Write what makes your life good.', 'This can be people, places or things you do.'],
        example: 'Seeing my sister every week. Going to the football on Saturdays.',
        picture: 'love',
      },
      {
        field: 'healthAndSafety',
        label: 'What matters for your health and safety',
        help: ['Write what keeps you well and safe.', 'This could be medicine or food.'],
        example: 'I take my tablets at 8 in the morning. I cannot eat nuts.',
        picture: 'doctor',
      },
      {
        field: 'howToSupportMe',
        label: 'How to support you well',
        help: ['Write what good support looks like for you.'],
        example: 'Talk to me before you help. Give me time to do things myself.',
        picture: 'support-worker',
      },
      {
        field: 'howICommunicate',
        label: 'How you communicate',
        help: ['Write how you tell people things.', 'Write how people can help you understand.'],
        example: 'I use short sentences. Show me pictures when you explain something new.',
        picture: 'listen',
      },
    ],
  },
  goals: {
    id: 'goals',
    picture: SECTION_PICTURES.goals,
    intro: [
      'A goal is something you want in your life.',
      'Write what you want, not what people do for you.',
      'A goal: I cook my own dinner. Not a goal: someone cooks my dinner.',
    ],
    questions: [
      {
        field: 'inMyWords',
        label: 'Your goal, in your words',
        help: ['Write what you want to be able to do.'],
        example: 'I want to cook my own dinner 3 times a week.',
        picture: 'goal',
      },
      {
        field: 'whyItMatters',
        label: 'Why it matters to you',
        help: ['Write why this goal is important to you.'],
        example: 'I want to eat what I like, when I like.',
        picture: 'love',
      },
      {
        field: 'howWeWillKnow',
        label: 'How you will know it is working',
        help: ['Write what will be different when it works.'],
        example: 'I cook tea on my own on Monday, Wednesday and Friday.',
        picture: 'right',
      },
      {
        field: 'byWhen',
        label: 'By when',
        help: [
          'Choose a date if you have one.',
          'A month and a year are enough.',
          'You can leave it empty.',
        ],
        example: 'June 2027, or 1 June 2027',
        picture: 'date',
      },
    ],
  },
  budget: {
    id: 'budget',
    picture: SECTION_PICTURES.budget,
    intro: [
      'Your budget is the money for your support.',
      'Your council decides your budget.',
      'You can work it out with our budget calculator.',
    ],
    questions: [
      {
        field: 'typedAmount',
        label: 'Your budget',
        help: ['Type your budget in pounds.', 'Then choose how often you get it.'],
        example: '12,480',
        picture: 'budget',
      },
      {
        field: 'notes',
        label: 'Anything else about your budget',
        help: ['Write anything people should know about your budget.'],
        example: 'The council will check my budget in March.',
        picture: 'write-it-down',
      },
    ],
  },
  spending: {
    id: 'spending',
    picture: SECTION_PICTURES.spending,
    intro: [
      'Write what your budget will pay for.',
      'Say which goal each thing helps with.',
      'We add it up and show what is left.',
    ],
    questions: [
      {
        field: 'what',
        label: 'What it is',
        help: ['Write what the money pays for.'],
        example: 'Cooking classes',
        picture: 'spending',
      },
      {
        field: 'whoProvides',
        label: 'Who provides it',
        help: ['Write the person or place you pay.'],
        example: 'Green Street College',
        picture: 'place-you-pay',
      },
      {
        field: 'howOften',
        label: 'How often you pay',
        help: ['Choose how often you pay for it.'],
        example: 'Every week',
        picture: 'how-often',
      },
      {
        field: 'cost',
        label: 'What it costs each time',
        help: ['Type the amount in pounds.'],
        example: '45.50',
        picture: 'cost',
      },
      {
        field: 'goalIds',
        label: 'Which goals it helps with',
        help: ['Tick each goal it helps with.'],
        example: 'Cook my own dinner',
        picture: 'goal',
      },
      {
        field: 'flexibility',
        label: 'Using your budget in a flexible way',
        help: [
          'You may want to save up hours for later.',
          'You may want to move hours to another week.',
        ],
        example: 'Save 2 hours a week for a day out each month.',
        picture: 'ways',
      },
    ],
  },
  people: {
    id: 'people',
    picture: SECTION_PICTURES.people,
    intro: ['Write about the people who help you.', 'They can be family, friends or neighbours.'],
    questions: [
      {
        field: 'name',
        label: 'Their name',
        help: ['Write the name you call them.'],
        example: 'Jo Smith',
        picture: 'help',
      },
      {
        field: 'howIKnowThem',
        label: 'How you know them',
        help: ['Say if they are family, a friend or a neighbour.'],
        example: 'My sister',
        picture: 'friends',
      },
      {
        field: 'whatTheyHelpWith',
        label: 'What they help with',
        help: ['Write the things they do with you.'],
        example: 'Shopping and letters about money.',
        picture: 'help',
      },
      {
        field: 'contact',
        label: 'How to contact them',
        help: ['Write a phone number or email.'],
        example: '07700 900123',
        picture: 'phone',
      },
    ],
  },
  provider: {
    id: 'provider',
    picture: SECTION_PICTURES.provider,
    intro: [
      'Your provider holds your budget and spends it as you decide.',
      'Write what you agreed with them.',
    ],
    questions: [
      {
        field: 'name',
        label: 'Your provider',
        help: ['Write the name of your provider.'],
        example: 'Bright Days Support',
        picture: 'provider',
      },
      {
        field: 'contact',
        label: 'How to contact them',
        help: ['Write a phone number or email.'],
        example: '0117 496 0000',
        picture: 'phone',
      },
      {
        field: 'moneyAccount',
        label: 'How you can see your budget',
        help: ['A good provider gives you an online account.', 'You can see your budget there.'],
        example: 'I log in to their website. My sister helps me.',
        picture: 'bank',
      },
      {
        field: 'moneyReports',
        label: 'How often you get a money report',
        help: ['A money report shows what was spent.'],
        example: 'Every month, by email.',
        picture: 'money-report',
      },
      {
        field: 'fee',
        label: 'Their fee',
        help: ['The fee is what the provider charges to hold your budget.'],
        example: '10% of the budget.',
        picture: 'provider-fee',
      },
      {
        field: 'savingAndMovingHours',
        label: 'Saving and moving hours',
        help: ['Write if you can save hours for later.', 'Write if you can move hours.'],
        example: 'I can save up to 10 hours. I can move hours to another week.',
        picture: 'saved-hours',
      },
      {
        field: 'otherAgreements',
        label: 'Other things you agreed',
        help: ['Write anything else you agreed with them.'],
        example: 'They will find me a support worker who likes football.',
        picture: 'agreement',
      },
    ],
  },
  safety: {
    id: 'safety',
    picture: SECTION_PICTURES.safety,
    intro: ['Plan what to do if something goes wrong.', 'Then everyone knows what to do.'],
    questions: [
      {
        field: 'whatCouldGoWrong',
        label: 'What could go wrong',
        help: ['Think about what worries you.'],
        example: 'My support worker might not come.',
        picture: 'afraid',
      },
      {
        field: 'whatWeWillDo',
        label: 'What you will do about it',
        help: ['Write what you and others will do.'],
        example: 'I will wait 30 minutes. Then I will phone the office.',
        picture: 'safe',
      },
      {
        field: 'whoToCall',
        label: 'Who to call',
        help: ['Write names and phone numbers.'],
        example: 'My sister Jo: 07700 900123. The provider office: 0117 496 0000.',
        picture: 'phone',
      },
      {
        field: 'backupPlan',
        label: 'Your back-up plan if support does not come',
        help: ['A back-up plan is what happens instead.'],
        example: 'The office sends another support worker within 2 hours.',
        picture: 'help',
      },
    ],
  },
  decisions: {
    id: 'decisions',
    picture: SECTION_PICTURES.decisions,
    intro: ['You make decisions about your life.', 'Some people want help with some decisions.'],
    questions: [
      {
        field: 'whatIDecide',
        label: 'What you decide for yourself',
        help: ['Write the choices you make on your own.'],
        example: 'What I eat. What I wear. Who I see.',
        picture: 'choice',
      },
      {
        field: 'whatIWantHelpWith',
        label: 'What you want help to decide',
        help: ['Write the choices you want help with.'],
        example: 'Big money decisions, like a new phone contract.',
        picture: 'decide',
      },
      {
        field: 'whoHelpsIfICannot',
        label: 'Who helps you decide if you cannot',
        help: ['Write who knows you well.'],
        example: 'My sister Jo. She knows what I like.',
        picture: 'advocate',
      },
    ],
  },
  reviews: {
    id: 'reviews',
    picture: SECTION_PICTURES.reviews,
    intro: ['A review is a meeting to check your plan.', 'You talk about what works.'],
    questions: [
      {
        field: 'nextReviewDate',
        label: 'Next review date',
        help: ['We suggest 6 months from today.'],
        example: '1 June 2027',
        picture: 'date',
      },
      {
        field: 'whoChecks',
        label: 'Who checks how it is going',
        help: ['Write who will check your support is working.'],
        example: 'My provider and my sister Jo.',
        picture: 'review',
      },
      {
        field: 'moreForMyself',
        label: 'What you want to do more for yourself',
        help: ['Think about what you want to learn next.'],
        example: 'Catch the bus to college on my own.',
        picture: 'learning',
      },
    ],
  },
};

/** Every picture the planner shows, so the page can pass each one's address and words once. */
export function plannerPictureNames(): PictureName[] {
  const names = new Set<PictureName>([PROVIDER_QUESTION_PICTURE]);
  for (const guide of Object.values(SECTION_GUIDES)) {
    names.add(guide.picture);
    for (const question of guide.questions) names.add(question.picture);
  }
  return [...names].sort();
}

/** The question for `field` in a section. Throws for a field the section does not have. */
export function questionFor(section: PlanSectionId, field: string): PlanQuestion {
  const question = SECTION_GUIDES[section].questions.find((entry) => entry.field === field);
  if (question === undefined) throw new UnknownQuestionError(section, field);
  return question;
}

/** Thrown when the planner asks for a question a section does not have (a programming slip). */
export class UnknownQuestionError extends Error {
  constructor(section: string, field: string) {
    super(`The section "${section}" has no question for "${field}".`);
    this.name = 'UnknownQuestionError';
  }
}
