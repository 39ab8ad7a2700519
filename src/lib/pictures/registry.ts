/*
 * The pictures registry: the one place that says which picture stands for each idea the site
 * talks about, and what it shows. Pages, islands, prints and Word documents ask for an idea
 * ("council"), never for a file. Rules from EASY_READ.md and issue 16: a concrete picture a
 * person who cannot read the words still understands; one idea, one picture, everywhere.
 *
 * The pictures are Mulberry Symbols by Steve Lee (CC BY-SA 4.0). `scripts/pictures/make-pictures.ts`
 * copies each one from the Mulberry set (putting two together where the set has no symbol for
 * the idea), optimises it with svgo and writes it to `src/assets/pictures/<idea>.svg`.
 */

/** Where a picture comes from: one Mulberry symbol, or a main symbol with a smaller one beside it. */
export interface PictureSource {
  /** The Mulberry symbol's file name without ".svg", like "office_block". */
  readonly symbol: string;
  /** A second Mulberry symbol drawn smaller at the bottom right, for ideas the set has no symbol for. */
  readonly badge?: string;
}

/** One idea's picture. */
export interface Picture {
  /** What the picture shows, for screen readers and in Word: "An office building". */
  readonly alt: string;
  /** The idea in a few words, for the team's contact sheet: "Your council". */
  readonly idea: string;
  readonly source: PictureSource;
}

/** Every idea that has a picture, with its picture. Keys are the ideas' names in code. */
export const PICTURES = {
  // People and who does what
  family: { idea: 'Family', alt: 'A family', source: { symbol: 'family' } },
  friends: { idea: 'Friends', alt: '2 friends hugging', source: { symbol: 'hug_,_to' } },
  'support-worker': {
    idea: 'A support worker',
    alt: 'A support worker with their arm round a person',
    source: { symbol: 'care_assistant_1a' },
  },
  provider: {
    idea: 'A provider: the organisation that gives your support',
    alt: 'An office building and a support worker',
    source: { symbol: 'office_block', badge: 'care_assistant_1a' },
  },
  council: { idea: 'Your council', alt: 'An office building', source: { symbol: 'office_block' } },
  'social-worker': {
    idea: 'A social worker, or someone else from the council',
    alt: 'A person in a suit writing notes',
    source: { symbol: 'secretary_1a' },
  },
  advocate: {
    idea: 'An advocate: someone who helps you say what you want',
    alt: 'A person speaking up',
    source: { symbol: 'talk_2_,_to' },
  },
  you: {
    idea: 'You, or a person in a story',
    alt: 'A person with a thumb up',
    source: { symbol: 'good_person' },
  },
  carer: {
    idea: 'A carer: family or a friend who helps you',
    alt: 'A family and 2 hands helping',
    source: { symbol: 'family', badge: 'help_,_to' },
  },
  doctor: { idea: 'A doctor or nurse', alt: 'A doctor', source: { symbol: 'doctor_1a' } },
  police: {
    idea: 'The police, in an emergency',
    alt: 'A police officer',
    source: { symbol: 'police_1a' },
  },
  ombudsman: {
    idea: 'An ombudsman: someone outside the council who looks at complaints',
    alt: 'A person handing a paper to someone at a desk',
    source: { symbol: 'collect_,_to' },
  },
  law: {
    idea: 'The law',
    alt: 'The Houses of Parliament, where laws are made',
    source: { symbol: 'Houses_of_Parliament' },
  },

  // Money
  'individual-service-fund': {
    idea: 'An Individual Service Fund',
    alt: 'Money and a support worker',
    source: { symbol: 'money', badge: 'care_assistant_1a' },
  },
  'direct-payment': {
    idea: 'A Direct Payment: the money is paid to you',
    alt: 'Money given into a person’s hand',
    source: { symbol: 'receive_,_to' },
  },
  budget: {
    idea: 'Your budget: the money for your support',
    alt: 'Money and a calendar',
    source: { symbol: 'money', badge: 'calendar' },
  },
  'your-own-money': { idea: 'Your own money', alt: 'A wallet', source: { symbol: 'wallet' } },
  'money-you-pay': {
    idea: 'Money you pay towards your support',
    alt: 'A card machine for paying',
    source: { symbol: 'chip_and_pin_device' },
  },
  'money-left': {
    idea: 'Money not spent yet',
    alt: 'A purse',
    source: { symbol: 'purse' },
  },
  'money-report': {
    idea: 'A money report: what was spent and what is left',
    alt: 'A sheet of paper and money',
    source: { symbol: 'new_document', badge: 'money' },
  },
  'provider-fee': {
    idea: 'The money your provider keeps for looking after your Individual Service Fund',
    alt: 'An office building and money',
    source: { symbol: 'office_block', badge: 'money' },
  },
  'saved-hours': {
    idea: 'Hours of support saved to use later',
    alt: 'A clock and a box for keeping things',
    source: { symbol: 'clock', badge: 'keep_,_to' },
  },
  bank: { idea: 'A bank account', alt: 'A bank', source: { symbol: 'bank' } },
  calculator: { idea: 'Working out a sum', alt: 'A calculator', source: { symbol: 'calculator' } },
  cost: { idea: 'What something costs', alt: 'Notes and coins', source: { symbol: 'money' } },
  spending: {
    idea: 'Spending: what your budget pays for',
    alt: 'Money and a shopping basket',
    source: { symbol: 'money', badge: 'basket' },
  },
  'place-you-pay': {
    idea: 'The person or place you pay',
    alt: 'A shop and money',
    source: { symbol: 'open_shop', badge: 'money' },
  },
  enough: {
    idea: 'Is it enough?',
    alt: 'A glass with a question mark beside it',
    source: { symbol: 'is_this_enough' },
  },

  // Time
  hour: { idea: 'An hour', alt: 'A clock with 1 hour marked', source: { symbol: 'one_hour' } },
  time: { idea: 'A time of day', alt: 'A clock', source: { symbol: 'clock' } },
  week: { idea: 'A week', alt: 'The 7 days of a week', source: { symbol: 'week_1' } },
  month: { idea: 'A month', alt: 'A page of a calendar', source: { symbol: 'calendar_month' } },
  year: { idea: 'A year', alt: 'A calendar', source: { symbol: 'calendar' } },
  date: {
    idea: 'A date: when something will happen',
    alt: 'A page of a calendar and a clock',
    source: { symbol: 'calendar_month', badge: 'clock' },
  },
  'how-often': {
    idea: 'How often something happens',
    alt: '2 pages of a calendar and an arrow from one to the next',
    source: { symbol: 'next_month' },
  },
  'takes-long': {
    idea: 'Taking a long time to do something',
    alt: 'A person getting dressed and a clock',
    source: { symbol: 'get_dressed_,_to', badge: 'clock' },
  },
  'how-long': {
    idea: 'How long something is kept',
    alt: 'A kitchen timer',
    source: { symbol: 'timer_2' },
  },
  night: { idea: 'At night', alt: 'The moon and stars', source: { symbol: 'night' } },
  wait: { idea: 'Waiting', alt: 'A person waiting', source: { symbol: 'wait_,_to' } },

  // The steps
  assessment: {
    idea: 'An assessment: a meeting about the support you need',
    alt: '2 people talking',
    source: { symbol: 'talk_4_,_to' },
  },
  meeting: { idea: 'A meeting', alt: 'People round a table', source: { symbol: 'group_work' } },
  'support-plan': {
    idea: 'Your support plan',
    alt: 'A list being written with a pen',
    source: { symbol: 'order_1_,_to' },
  },
  review: {
    idea: 'A review: checking how your support is going',
    alt: 'A list and 2 eyes looking at it',
    source: { symbol: 'order_1_,_to', badge: 'look_,_to' },
  },
  goal: {
    idea: 'A goal: something you want to do',
    alt: 'A person climbing up',
    source: { symbol: 'climb_up_,_to' },
  },
  steps: {
    idea: 'Steps to follow',
    alt: 'A person walking up stairs',
    source: { symbol: 'walk_upstairs_,_to' },
  },
  choice: { idea: 'Choosing', alt: 'A hand choosing a box', source: { symbol: 'pick_,_to' } },
  decide: { idea: 'Deciding', alt: 'A person thinking', source: { symbol: 'think_,_to' } },
  ways: {
    idea: 'Different ways to do something',
    alt: 'A signpost',
    source: { symbol: 'signpost' },
  },
  agreement: {
    idea: 'An agreement',
    alt: '2 people shaking hands',
    source: { symbol: 'shake_hands_,_to' },
  },
  help: {
    idea: 'Getting help',
    alt: 'A hand helping another hand',
    source: { symbol: 'help_,_to' },
  },
  ask: {
    idea: 'Asking a question',
    alt: 'A question mark and a mouth',
    source: { symbol: 'ask_,_to' },
  },
  'write-it-down': {
    idea: 'Writing it down',
    alt: 'A hand writing a letter',
    source: { symbol: 'write_letter_,_to' },
  },
  letter: {
    idea: 'A letter in the post',
    alt: 'A letter in an envelope',
    source: { symbol: 'letter' },
  },
  phone: { idea: 'Phoning', alt: 'A phone', source: { symbol: 'telephone_handset' } },
  email: {
    idea: 'An email',
    alt: 'A computer sending an email',
    source: { symbol: 'email_send_,_to' },
  },
  website: { idea: 'A website or a computer', alt: 'A computer', source: { symbol: 'computer_1' } },
  listen: { idea: 'Listening', alt: 'A hand behind an ear', source: { symbol: 'hear_,_to' } },
  'hard-words': {
    idea: 'Hard words and what they mean',
    alt: 'A dictionary',
    source: { symbol: 'dictionary' },
  },
  'where-you-live': {
    idea: 'Where you live: England or Scotland',
    alt: 'A map of the UK',
    source: { symbol: 'country_United_Kingdom' },
  },
  read: { idea: 'Reading', alt: 'A person reading', source: { symbol: 'read_,_to' } },
  private: {
    idea: 'Kept on your own device: nobody else sees it',
    alt: 'A phone and a key',
    source: { symbol: 'mobile_phone', badge: 'key_1' },
  },
  backup: {
    idea: 'A backup: a copy you download to keep safe',
    alt: 'A computer with an arrow going down into it',
    source: { symbol: 'download' },
  },
  print: { idea: 'Printing', alt: 'A printer', source: { symbol: 'photocopier' } },
  'home-page': {
    idea: 'The home page: the start of this website',
    alt: 'A computer screen with a house on it',
    source: { symbol: 'homepage' },
  },
  'web-address': {
    idea: 'A page address, or a link to a page',
    alt: 'A computer screen with www on it',
    source: { symbol: 'web_address' },
  },
  offline: {
    idea: 'No internet connection',
    alt: 'A computer and the world, with a cross',
    source: { symbol: 'internet', badge: 'mistake_no_wrong' },
  },
  'mobile-data': {
    idea: 'Mobile data: the internet you pay for on your phone',
    alt: 'A mobile phone and money',
    source: { symbol: 'mobile_phone', badge: 'money' },
  },
  'not-watched': {
    idea: 'Nobody watches what you do',
    alt: '2 eyes with a cross',
    source: { symbol: 'eyes', badge: 'mistake_no_wrong' },
  },
  'other-people': {
    idea: 'Other people who use your device',
    alt: 'A family and a mobile phone',
    source: { symbol: 'family', badge: 'mobile_phone' },
  },
  kept: {
    idea: 'Your plans kept for you: the browser will not clear them',
    alt: 'A list and a key',
    source: { symbol: 'order_1_,_to', badge: 'key_2' },
  },
  delete: {
    idea: 'Deleting: getting rid of something for good',
    alt: 'A hand throwing paper away',
    source: { symbol: 'throw_away_,_to' },
  },

  // Feelings and staying safe
  safe: {
    idea: 'Staying safe',
    alt: 'A person keeping another person safe',
    source: { symbol: 'protect_,_to' },
  },
  afraid: {
    idea: 'Being hurt or scared',
    alt: 'A frightened man',
    source: { symbol: 'afraid_man' },
  },
  complaint: {
    idea: 'A complaint: saying you are not happy',
    alt: 'An angry man',
    source: { symbol: 'angry_man' },
  },
  health: {
    idea: 'Health: feeling ill, tired or in pain',
    alt: 'A person holding their sore back',
    source: { symbol: 'back_ache' },
  },
  love: { idea: 'People and things you love', alt: 'A heart', source: { symbol: 'heart_shape' } },
  calm: { idea: 'Feeling calm', alt: 'A calm woman', source: { symbol: 'serene_lady' } },
  happy: { idea: 'Happy', alt: 'A happy man', source: { symbol: 'happy_man' } },
  sad: { idea: 'Sad', alt: 'A sad man', source: { symbol: 'sad_man' } },
  right: { idea: 'Right, or done', alt: 'A tick', source: { symbol: 'correct' } },
  wrong: { idea: 'Wrong, or not done', alt: 'A cross', source: { symbol: 'mistake_no_wrong' } },

  // Everyday life
  home: { idea: 'Home', alt: 'A house', source: { symbol: 'house' } },
  food: { idea: 'Food and drink', alt: 'Bread, cheese and meat', source: { symbol: 'food' } },
  cooking: { idea: 'Cooking', alt: 'A person cooking', source: { symbol: 'cook_,_to' } },
  washing: { idea: 'Washing', alt: 'A shower', source: { symbol: 'shower' } },
  toilet: { idea: 'Using the toilet', alt: 'A toilet', source: { symbol: 'toilet' } },
  dressing: {
    idea: 'Getting dressed',
    alt: 'A person putting on a top',
    source: { symbol: 'get_dressed_,_to' },
  },
  cleaning: {
    idea: 'Keeping your home clean',
    alt: 'A clean room',
    source: { symbol: 'clean_room' },
  },
  work: { idea: 'Work', alt: 'A person working with a hammer', source: { symbol: 'work_,_to' } },
  learning: {
    idea: 'Learning',
    alt: 'A person studying at a desk',
    source: { symbol: 'study_,_to' },
  },
  'going-out': { idea: 'Going out', alt: 'A bus', source: { symbol: 'bus' } },
  'safe-at-home': {
    idea: 'Moving round your home safely',
    alt: 'A house and a person walking down the stairs',
    source: { symbol: 'house', badge: 'walk_downstairs_,_to' },
  },
  'family-and-friends': {
    idea: 'Seeing family and friends',
    alt: 'A family and 2 people hugging',
    source: { symbol: 'family', badge: 'hug_,_to' },
  },
  'work-and-learning': {
    idea: 'Work, learning and volunteering',
    alt: 'A person working and a person studying',
    source: { symbol: 'work_,_to', badge: 'study_,_to' },
  },
  travel: {
    idea: 'Travel costs: getting to and from your support',
    alt: 'A taxi',
    source: { symbol: 'taxi' },
  },
  child: { idea: 'Caring for a child', alt: 'A baby', source: { symbol: 'baby' } },
  rest: {
    idea: 'A rest or a break',
    alt: 'A person resting in a chair',
    source: { symbol: 'relax_,_to' },
  },
  equipment: {
    idea: 'Equipment that helps you',
    alt: 'A hoist for lifting a person',
    source: { symbol: 'hoist' },
  },
  holiday: { idea: 'A holiday or a trip', alt: 'A suitcase', source: { symbol: 'suitcase_1' } },
  shopping: { idea: 'Shopping', alt: 'A shop', source: { symbol: 'shop' } },
  technology: {
    idea: 'Technology, like a phone or tablet',
    alt: 'A mobile phone',
    source: { symbol: 'mobile_phone' },
  },
} as const satisfies Record<string, Picture>;

/** The name of an idea that has a picture, like "council". */
export type PictureName = keyof typeof PICTURES;

/** Every idea's name, in the registry's order. */
export const PICTURE_NAMES = Object.keys(PICTURES) as PictureName[];

/** True when `name` is an idea in the registry (for checking guide files at build time). */
export function isPictureName(name: string): name is PictureName {
  return Object.hasOwn(PICTURES, name);
}

/** Thrown at build time when two ideas would share one picture. */
export class SharedPictureError extends Error {
  constructor(names: readonly string[]) {
    super(
      `These ideas share one picture: ${names.join(', ')}. Give each idea a picture of its own.`,
    );
    this.name = 'SharedPictureError';
  }
}

/** A picture's source as one string, so two ideas drawn the same way are found. */
function sourceKey(source: PictureSource): string {
  return source.badge ? `${source.symbol}+${source.badge}` : source.symbol;
}

/** Groups of ideas that are drawn with the same picture (empty when every idea has its own). */
export function findSharedPictures(pictures: Readonly<Record<string, Picture>>): string[][] {
  const byPicture = new Map<string, string[]>();
  for (const [name, picture] of Object.entries(pictures)) {
    const key = sourceKey(picture.source);
    byPicture.set(key, [...(byPicture.get(key) ?? []), name]);
  }
  return [...byPicture.values()].filter((names) => names.length > 1);
}

/** Throws SharedPictureError when two ideas share a picture. The site's build calls this. */
export function checkEveryIdeaHasItsOwnPicture(pictures: Readonly<Record<string, Picture>>): void {
  const shared = findSharedPictures(pictures);
  if (shared[0]) throw new SharedPictureError(shared[0]);
}
