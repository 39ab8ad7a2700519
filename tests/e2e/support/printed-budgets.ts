/*
 * The bigger budgets the printed summary is checked with (issue 17), as the part of a calculator
 * link after "#": used by the print test and by the script that makes docs/prints.
 */

/** 3 kinds of support and 6 spending items: the most that must fit on 2 pages. */
export const THREE_LINES_SIX_ITEMS = [
  'l1n=Personal%20care&l1h=10&l1r=20',
  'l2n=Going%20out&l2h=7:30&l2r=23.47',
  'l3n=Overnight%20support&l3h=14&l3r=18.50',
  's1n=Cooking%20classes&s1a=1500&s1f=year',
  's2n=Personal%20assistant&s2a=8000&s2f=year',
  's3n=Travel%20training&s3a=1500&s3f=year',
  's4n=Gym&s4a=30&s4f=month',
  's5n=Planner%20device&s5a=1400&s5f=once',
  's6n=Day%20trips&s6a=40&s6f=four-weeks',
].join('&');

/** The same, with a provider fee, travel, another cost and the person's own part: at most 2 pages. */
export const BIGGEST = `${THREE_LINES_SIX_ITEMS}&fee=percent:10&travel=week:15&c=25&o1n=Equipment%20hire&o1a=120&o1f=month`;
