/*
 * Words that differ between England and Scotland, kept in one place. A guide writes
 * ((law)) and the page shows the right words for the reader's chosen country, or both
 * ("the Care Act 2014 (in Scotland: ...)") when no choice has been made or JavaScript is off.
 * Sources: the Care Act 2014; the Social Care (Self-directed Support) (Scotland) Act 2013.
 */

/** The 2 countries whose rules the guides describe. */
export const REGIONS = ['england', 'scotland'] as const;

/** One of the countries the guides cover. */
export type Region = (typeof REGIONS)[number];

/** The words each country uses for one thing. */
export interface RegionWord {
  /** The words used in England. */
  readonly england: string;
  /** The words used in Scotland. */
  readonly scotland: string;
}

/** Every word that differs, by the key a guide writes inside (( )). */
export const REGION_WORDS = {
  law: {
    england: 'the Care Act 2014',
    scotland: 'the Self-directed Support Act 2013',
  },
  'safeguarding-law': {
    england: 'the Care Act 2014',
    scotland: 'the Adult Support and Protection Act 2007',
  },
  'capacity-law': {
    england: 'the Mental Capacity Act 2005',
    scotland: 'the Adults with Incapacity Act 2000',
  },
  ombudsman: {
    england: 'the Local Government and Social Care Ombudsman',
    scotland: 'the Scottish Public Services Ombudsman',
  },
  country: {
    england: 'England',
    scotland: 'Scotland',
  },
} as const satisfies Readonly<Record<string, RegionWord>>;

/** A key of REGION_WORDS. */
export type RegionWordKey = keyof typeof REGION_WORDS;

/** Whether a key names a region word. */
export function isRegionWordKey(key: string): key is RegionWordKey {
  return Object.hasOwn(REGION_WORDS, key);
}

/** The key under which a reader's choice is kept in localStorage on their device. */
export const REGION_STORAGE_KEY = 'open-isf-region';

/**
 * The full names of the laws the guides name. Before scoring "More detail", each becomes
 * one placeholder word: a law's name is not a reading barrier (EASY_READ.md).
 */
export const LAW_NAMES: readonly string[] = [
  'Social Care (Self-directed Support) (Scotland) Act 2013',
  'Mental Health (Care and Treatment) (Scotland) Act 2003',
  'Adult Support and Protection (Scotland) Act 2007',
  'Adults with Incapacity (Scotland) Act 2000',
  'Mental Capacity Act 2005',
  'Care Act 2014',
  'Carers (Scotland) Act 2016',
  'Local Government and Social Care Ombudsman',
  'Scottish Public Services Ombudsman',
];
