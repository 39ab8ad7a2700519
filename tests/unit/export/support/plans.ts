/* Plans for the export tests: a full example (every section filled in), and hostile text. */
import { readFileSync } from 'node:fs';
import { createEmptyPlan, migrate, planSchema, type Plan } from '../../../../src/lib/plan';

/** The stored v1 fixture plan (Sarah), brought up to today's format. */
export function fixturePlan(): Plan {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../../fixtures/plans/v1.json', import.meta.url), 'utf8'),
  );
  const result = migrate(raw);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/**
 * A full plan: Sarah's, with every section filled in. Budget: 12 hours × £20 × 52 = £12,480 a
 * year. Spending: £1,500 + £8,000 + £60 × 12 = £10,220 a year, so £2,260 is left.
 */
export function fullPlan(): Plan {
  const plan = fixturePlan();
  return planSchema.parse({
    ...plan,
    spending: {
      ...plan.spending,
      items: [
        ...plan.spending.items,
        {
          id: 'item-gym',
          what: 'Gym membership',
          whoProvides: 'Leisure centre',
          howOften: 'month',
          cost: '60.00',
          goalIds: ['goal-friends'],
        },
        {
          id: 'item-trip',
          what: 'A trip to the seaside',
          whoProvides: '',
          howOften: 'once',
          cost: '',
          goalIds: [],
        },
      ],
    },
    people: {
      items: [
        ...plan.people.items,
        {
          id: 'person-ali',
          name: 'Ali',
          howIKnowThem: 'My support worker',
          whatTheyHelpWith: 'Cooking and the bus',
          contact: 'Through the provider: 0161 496 0000',
        },
      ],
    },
    provider: {
      ...plan.provider,
      name: 'Good Days Support',
      contact: '0161 496 0000',
      moneyAccount: 'An online account I can see on my phone.',
      moneyReports: 'Every month.',
      fee: '10% of my support.',
      savingAndMovingHours: 'I can save up to 10 hours for a trip.',
      otherAgreements: 'They tell me 2 weeks before a worker changes.',
    },
    safety: {
      whatCouldGoWrong: 'My worker does not come.',
      whatWeWillDo: 'I phone the office.',
      whoToCall: 'Jo, my sister.',
      backupPlan: 'Jo comes round.\nIf Jo is away, the office sends someone.',
    },
    decisions: {
      whatIDecide: 'What I eat and what I wear.',
      whatIWantHelpWith: 'Money and letters.',
      whoHelpsIfICannot: 'Jo, my sister.',
    },
    reviews: {
      ...plan.reviews,
      whoChecks: 'My social worker and Jo.',
    },
  });
}

/**
 * A plan with 3 of its 9 parts written (About me, What I want to achieve, My budget): Sarah's,
 * with every other part left empty, as a plan looks part-way through.
 */
export function threePartPlan(): Plan {
  const plan = fixturePlan();
  const empty = createEmptyPlan(new Date(plan.createdAt), plan.id);
  return planSchema.parse({
    ...plan,
    sectionStatus: { ...empty.sectionStatus, aboutMe: 'done', goals: 'done', budget: 'done' },
    spending: empty.spending,
    people: empty.people,
    provider: empty.provider,
    safety: empty.safety,
    decisions: empty.decisions,
    reviews: empty.reviews,
  });
}

/** Text that looks like markup, breaks CDATA, and holds control and broken characters. */
export const HOSTILE_TEXTS = [
  '<script>alert("x")</script>',
  ']]><w:p><w:r><w:t>injected</w:t></w:r></w:p>',
  'Bell \u0007, null \u0000, escape \u001B, form feed \u000C, and \uFFFE',
  'Half an emoji \uD83D here, and another \uDE00 there',
  '&amp; &lt; &#0; &#x1; <?xml?> <!-- comment --> <![CDATA[ x ]]>',
  'Right to left \u202E mark and a tab\there',
];

/** A plan with hostile text in every kind of place, and 5,000-character answers. */
export function hostilePlan(): Plan {
  const plan = fullPlan();
  const long = 'A'.repeat(4980) + '<b>]]>&</b>';
  // Lone surrogates never pass the plan schema (the planner cleans them as they are typed), but
  // a document must survive them anyway, so this plan is built without the schema's check.
  const [first, second, third, fourth, fifth, sixth] = HOSTILE_TEXTS as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    ...plan,
    title: first,
    aboutMe: { ...plan.aboutMe, name: `Sam ${second}`, likedAbout: long, mattersToMe: third },
    goals: {
      items: plan.goals.items.map((goal) => ({ ...goal, inMyWords: fourth, whyItMatters: long })),
    },
    spending: {
      ...plan.spending,
      items: plan.spending.items.map((item) => ({ ...item, what: fifth, whoProvides: sixth })),
    },
    people: {
      items: plan.people.items.map((person) => ({ ...person, name: first, contact: third })),
    },
    safety: { ...plan.safety, backupPlan: long },
  };
}
