/* fast-check generators for valid plans, shared by the plan and storage property tests. */
import fc from 'fast-check';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from '../../../src/lib/plan';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const text = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '"quoted" \\ back\r\nslash', '\u202Eright to left'),
);
const moment = fc
  .date({
    min: new Date('2000-01-01T00:00:00.000Z'),
    max: new Date('2100-01-01T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const date = fc.oneof(
  fc.constant(''),
  moment.map((value) => value.slice(0, 10)),
);
const money = fc.oneof(
  fc.constant(''),
  fc
    .integer({ min: 0, max: 99_999_999_999 })
    .map((pence) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`),
);
const dateAsTyped = fc.oneof(fc.constant(null), fc.record({ day: text, month: text, year: text }));
const status = fc.constantFrom('not-started', 'in-progress', 'done');

const calculatorInputs = fc.oneof(
  fc.constant(null),
  fc.record({
    supportLines: fc.uniqueArray(
      fc.record({
        id,
        name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/),
        hoursPerWeek: fc.integer({ min: 0, max: 40 }).map(String),
        hourlyRate: fc
          .integer({ min: 0, max: 100_000 })
          .map((pence) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`),
      }),
      { maxLength: 3, selector: (line: { id: string }) => line.id },
    ),
    weeksPerYear: fc.constantFrom('52', '52.14', '52.18'),
  }),
);

/** Any valid plan, in the canonical form `planSchema` gives. */
export const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    schemaVersion: fc.constant(PLAN_SCHEMA_VERSION),
    id,
    revision: fc.nat(),
    title: text,
    createdAt: moment,
    updatedAt: moment,
    lastBackupAt: fc.oneof(fc.constant(null), moment),
    sectionStatus: fc.record({
      aboutMe: status,
      goals: status,
      budget: status,
      spending: status,
      people: status,
      provider: status,
      safety: status,
      decisions: status,
      reviews: status,
    }),
    aboutMe: fc.record({
      name: text,
      likedAbout: text,
      mattersToMe: text,
      healthAndSafety: text,
      howToSupportMe: text,
      howICommunicate: text,
    }),
    goals: fc.record({
      items: fc.array(
        fc.record({
          id,
          inMyWords: text,
          whyItMatters: text,
          howWeWillKnow: text,
          byWhen: date,
          byWhenAsTyped: dateAsTyped,
        }),
        { maxLength: 4 },
      ),
    }),
    budget: fc.record({
      source: fc.constantFrom('none', 'calculator', 'typed'),
      typedAmount: money,
      typedAmountAsTyped: text,
      typedPeriod: fc.constantFrom('week', 'four-weeks', 'month', 'year'),
      calculatorInputs,
      notes: text,
    }),
    spending: fc.record({
      items: fc.array(
        fc.record({
          id,
          what: text,
          whoProvides: text,
          howOften: fc.constantFrom('week', 'four-weeks', 'month', 'year', 'once'),
          cost: money,
          costAsTyped: text,
          goalIds: fc.array(id, { maxLength: 3 }),
        }),
        { maxLength: 4 },
      ),
      flexibility: text,
    }),
    people: fc.record({
      items: fc.array(
        fc.record({ id, name: text, howIKnowThem: text, whatTheyHelpWith: text, contact: text }),
        { maxLength: 3 },
      ),
    }),
    provider: fc.record({
      name: text,
      contact: text,
      moneyAccount: text,
      moneyReports: text,
      fee: text,
      savingAndMovingHours: text,
      otherAgreements: text,
      answers: fc.array(fc.record({ questionId: id, question: text, answer: text }), {
        maxLength: 3,
      }),
    }),
    safety: fc.record({
      whatCouldGoWrong: text,
      whatWeWillDo: text,
      whoToCall: text,
      backupPlan: text,
    }),
    decisions: fc.record({ whatIDecide: text, whatIWantHelpWith: text, whoHelpsIfICannot: text }),
    reviews: fc.record({
      nextReviewDate: date,
      nextReviewDateAsTyped: dateAsTyped,
      whoChecks: text,
      moreForMyself: text,
    }),
  })
  .map((raw) => planSchema.parse(raw));
