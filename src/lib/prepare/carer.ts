/*
 * The carer's part of "Get ready for your assessment" (issue 19): for a family member or friend
 * who helps, what they do, how often, and what it costs them, in easy read. A carer has a right
 * to their own assessment: in England the Care Act 2014, section 10 (a "carer's assessment");
 * in Scotland the Carers (Scotland) Act 2016, section 6 (an "adult carer support plan").
 */
import type { PictureName } from '../pictures/registry';
import type { LawSource } from './areas';
import type { AreaQuestion } from './questions';

/** The Care Act 2014, section 10: a council must assess a carer who may need support (England). */
export const CARE_ACT_SECTION_10: LawSource = {
  title: 'Care Act 2014, section 10: assessment of a carer’s needs for support',
  publisher: 'UK Parliament',
  url: 'https://www.legislation.gov.uk/ukpga/2014/23/section/10',
};

/** The Carers (Scotland) Act 2016, section 6: the duty to prepare an adult carer support plan. */
export const CARERS_SCOTLAND_SECTION_6: LawSource = {
  title: 'Carers (Scotland) Act 2016, section 6: duty to prepare adult carer support plan',
  publisher: 'Scottish Parliament',
  url: 'https://www.legislation.gov.uk/asp/2016/9/section/6',
};

/** The name of the carer's part in the task list, in code and in the address. */
export const CARER_PART_ID = 'carer';

/** The carer's part as the task list shows it. */
export const CARER_PART = {
  title: 'A family member or friend who helps you',
  picture: 'carer',
} as const satisfies { title: string; picture: PictureName };

/** What helping can cost a carer, by its name in code and in saved notes. Never rename one. */
export type CarerCostId = 'time' | 'money' | 'health' | 'work';

/** One thing helping can cost a carer. */
export interface CarerCost {
  readonly id: CarerCostId;
  /** The easy-read choice: "Their time". */
  readonly label: string;
  /** An easy-read example. */
  readonly example: string;
  readonly picture: PictureName;
}

/** What helping can cost a carer, in the order the page asks. */
export const CARER_COSTS: readonly CarerCost[] = [
  {
    id: 'time',
    label: 'Their time',
    example: 'They have less time for themselves.',
    picture: 'time',
  },
  {
    id: 'money',
    label: 'Their money',
    example: 'They pay for travel, food or other things.',
    picture: 'cost',
  },
  {
    id: 'health',
    label: 'Their health',
    example: 'They feel tired, or their back hurts.',
    picture: 'health',
  },
  {
    id: 'work',
    label: 'Their work',
    example: 'They work fewer hours, or had to stop work.',
    picture: 'work',
  },
];

/** Every cost's id, in order. */
export const CARER_COST_IDS = CARER_COSTS.map((cost) => cost.id) as [CarerCostId, ...CarerCostId[]];

/** The questions of the carer's part, by the answer they fill in. */
export const CARER_QUESTIONS = {
  whatTheyDo: {
    question: 'What does your family member or friend do for you?',
    hint: 'Say who they are. Say what they help with.',
    picture: 'help',
  },
  howOften: {
    question: 'How often do they help you?',
    hint: 'This could be every day, every night, or at weekends.',
    picture: 'how-often',
  },
  costs: {
    question: 'What does helping you cost them?',
    hint: 'Choose all that are true.',
    picture: 'carer',
  },
  costsWords: {
    question: 'Tell us more about what it costs them',
    hint: 'Say if they could stop helping.',
    picture: 'write-it-down',
  },
} as const satisfies Record<string, AreaQuestion>;

/** The question asked last in the carer's part. */
export const CARER_FINISHED_QUESTION = 'Have you finished this part?';

/** The carer's own right, in easy read: the same words in England and Scotland. */
export const CARER_RIGHT_INTRO = [
  'Your carer has a right to their own meeting with the council.',
  'The council asks what helping you is like for them.',
] as const;

/** The carer's own right, in the England and Scotland words. */
export const CARER_RIGHT = {
  england: [
    'In England, this is called a carer’s assessment.',
    'The council must do one if your carer may need support.',
  ],
  scotland: [
    'In Scotland, this is called an adult carer support plan.',
    'The council must offer one to an adult carer.',
  ],
} as const;

/** Every picture the carer's part shows. */
export function carerPictureNames(): PictureName[] {
  return [
    CARER_PART.picture,
    ...Object.values(CARER_QUESTIONS).map((question) => question.picture),
    ...CARER_COSTS.map((cost) => cost.picture),
    'assessment',
  ];
}
