/*
 * The questions of each section, with a picture, easy-read help and an example beside each.
 * Every change goes through lib/plan's pure helpers; money is read by lib/money's parser and
 * totals come from the budget engine (lib/plan/spending).
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { formatLongDate } from '../../../lib/site/dates';
import { formatMoney } from '../../../lib/money';
import { calculatorLink } from '../../../lib/calculator/link';
import { budgetPaysForSentences, spendingSentences } from '../../../lib/budget/pays-for';
import { BUDGET_SECTIONS, headlineSentences, stepsIn } from '../../../lib/calculator/summary';
import {
  addCostedItem,
  addGoal,
  addPerson,
  BROKEN_BOX_MESSAGE,
  BUDGET_PERIODS,
  GOAL_DATE_RULE,
  HOW_OFTEN,
  HOW_OFTEN_LABELS,
  isoDateToParts,
  isReviewDateInPast,
  isWellFormedText,
  MAX_COSTED_ITEMS,
  MAX_GOALS,
  MAX_PEOPLE,
  MAX_TEXT_LENGTH,
  newId,
  removeCostedItem,
  removeGoal,
  removePerson,
  setProviderAnswer,
  suggestReviewDate,
  todayIsoDate,
  TYPED_FIELD_WORDS,
  TYPED_FIELDS,
  typedPatch,
  updateCostedItem,
  updateGoal,
  updatePerson,
  updateSection,
  type BudgetPeriod,
  type BudgetSource,
  type HowOften,
  type Plan,
  type PlanSectionId,
} from '../../../lib/plan';
import {
  PROVIDER_QUESTION_PICTURE,
  PROVIDER_QUESTIONS,
  questionFor,
  SECTION_GUIDES,
  type PlanQuestion,
} from '../../../lib/plan/questions';
import { writePlannerRoute } from '../../../lib/plan/route';
import { calculatePlanMoney, calculatorFigures } from '../../../lib/plan/spending';
import { DateField } from '../form/DateField';
import { fieldId } from '../form/fieldId';
import { MoneyField } from '../form/MoneyField';
import { TextArea } from '../form/TextArea';
import { Picture } from './Picture';
import type { SectionKit } from './SectionView';

/** The budget's pictures: their drawing code loads only when a plan's spending is shown. */
const PlanBudgetPictures = lazy(() => import('./PlanBudgetPictures'));

const BUDGET_PERIOD_LABELS: Readonly<Record<BudgetPeriod, string>> = {
  week: 'Every week',
  'four-weeks': 'Every 4 weeks',
  month: 'Every month',
  year: 'Every year',
};

/** The help under a question's label: its easy-read sentences and an example answer. */
function Hint({ question, extra }: { question: PlanQuestion; extra?: ReactNode }) {
  if (question.help.length === 0 && question.example === '' && extra === undefined) return null;
  return (
    <>
      {question.help.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {question.example !== '' && (
        <p className="plan-example">
          For example: <q>{question.example}</q>
        </p>
      )}
      {extra}
    </>
  );
}

/** A question with its picture on the left, as the easy-read guides lay out each point. */
function QuestionRow({
  kit,
  question,
  children,
}: {
  kit: SectionKit;
  question: PlanQuestion;
  children: ReactNode;
}) {
  return (
    <div className="plan-question">
      <div className="plan-question__picture">
        <Picture pictures={kit.pictures} name={question.picture} />
      </div>
      <div className="plan-question__field">{children}</div>
    </div>
  );
}

/** A text question bound to one field. */
function TextQuestion({
  kit,
  question,
  name,
  value,
  onChange,
  singleLine = false,
  label,
}: {
  kit: SectionKit;
  question: PlanQuestion;
  name: string;
  value: string;
  onChange: (value: string) => void;
  singleLine?: boolean;
  label?: string;
}) {
  const hint = <Hint question={question} />;
  return (
    <QuestionRow kit={kit} question={question}>
      <TextArea
        id={fieldId(name)}
        label={label ?? question.label}
        hint={question.help.length > 0 || question.example !== '' ? hint : undefined}
        value={value}
        onChange={onChange}
        maxLength={MAX_TEXT_LENGTH}
        singleLine={singleLine}
        error={isWellFormedText(value) ? undefined : BROKEN_BOX_MESSAGE}
      />
    </QuestionRow>
  );
}

type TextSectionId = 'aboutMe' | 'safety' | 'decisions';

/** A section made only of text questions, each one field of the section. */
function TextSection({
  kit,
  section,
  singleLine = [],
}: {
  kit: SectionKit;
  section: TextSectionId;
  singleLine?: readonly string[];
}) {
  const values = kit.plan[section] as Readonly<Record<string, string>>;
  return (
    <>
      {SECTION_GUIDES[section].questions.map((question) => (
        <TextQuestion
          key={question.field}
          kit={kit}
          question={question}
          name={`${section}.${question.field}`}
          value={values[question.field] ?? ''}
          singleLine={singleLine.includes(question.field)}
          onChange={(value) =>
            kit.edit((plan, now) => updateSection(plan, section, { [question.field]: value }, now))
          }
        />
      ))}
    </>
  );
}

function GoalsSection({ kit }: { kit: SectionKit }) {
  const goals = kit.plan.goals.items;
  const add = (): void => {
    const id = newId();
    kit.edit((plan, now) => addGoal(plan, now, id));
    kit.focusSoon(fieldId(`goals.${id}.inMyWords`));
  };
  return (
    <>
      {goals.length === 0 && <p>You have no goals yet. Add your first goal.</p>}
      {goals.map((goal, index) => {
        const change = (patch: Parameters<typeof updateGoal>[2]) =>
          kit.edit((plan, now) => updateGoal(plan, goal.id, patch, now));
        return (
          <fieldset key={goal.id} className="plan-item">
            <legend>Goal {index + 1}</legend>
            {(['inMyWords', 'whyItMatters', 'howWeWillKnow'] as const).map((field) => (
              <TextQuestion
                key={field}
                kit={kit}
                question={questionFor('goals', field)}
                name={`goals.${goal.id}.${field}`}
                value={goal[field]}
                onChange={(value) => change({ [field]: value })}
              />
            ))}
            <QuestionRow kit={kit} question={questionFor('goals', 'byWhen')}>
              <DateField
                id={fieldId(TYPED_FIELDS.goalDate(goal.id))}
                label="By when"
                hint={<Hint question={questionFor('goals', 'byWhen')} />}
                maxLength={MAX_TEXT_LENGTH}
                {...kit.date(
                  TYPED_FIELDS.goalDate(goal.id),
                  TYPED_FIELD_WORDS.goalDate(index),
                  { value: goal.byWhen, asTyped: goal.byWhenAsTyped },
                  (typed) => (plan, now) =>
                    updateGoal(plan, goal.id, typedPatch('byWhen', typed), now),
                  GOAL_DATE_RULE,
                )}
              />
            </QuestionRow>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                kit.removeWithUndo(`Goal ${index + 1}`, (plan, now) =>
                  removeGoal(plan, goal.id, now),
                )
              }
            >
              Remove goal {index + 1}
            </button>
          </fieldset>
        );
      })}
      {goals.length < MAX_GOALS && (
        <button type="button" className="button button--secondary" onClick={add}>
          {goals.length === 0 ? 'Add a goal' : 'Add another goal'}
        </button>
      )}
    </>
  );
}

function BudgetSection({ kit }: { kit: SectionKit }) {
  const budget = kit.plan.budget;
  const choices: readonly [BudgetSource, string][] = [
    ['calculator', 'From the budget calculator'],
    ['typed', 'I will type it in'],
    ['none', 'I do not know it yet'],
  ];
  const amount = kit.money(
    TYPED_FIELDS.budget,
    TYPED_FIELD_WORDS.budget,
    { value: budget.typedAmount, asTyped: budget.typedAmountAsTyped },
    (typed) => (plan, now) => updateSection(plan, 'budget', typedPatch('typedAmount', typed), now),
  );
  const calculator =
    budget.calculatorInputs === null ? null : calculatorFigures(budget.calculatorInputs);
  return (
    <>
      <fieldset className="field">
        <legend>Where does your budget figure come from?</legend>
        <div className="radios">
          {choices.map(([value, label]) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                id={fieldId(`budget.source.${value}`)}
                name="budget-source"
                checked={budget.source === value}
                onChange={() =>
                  kit.edit((plan, now) => updateSection(plan, 'budget', { source: value }, now))
                }
              />
              <label htmlFor={fieldId(`budget.source.${value}`)}>{label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {budget.source === 'calculator' &&
        (budget.calculatorInputs === null ? (
          <div className="panel">
            <p>Work out your budget with our calculator.</p>
            <p>At the end, choose to put the figures in your plan.</p>
            <p>
              <a href="/budget/">Go to the budget calculator</a>
            </p>
          </div>
        ) : calculator === null ? (
          <div className="panel">
            <p>
              <strong>We cannot add up the figures from the calculator.</strong>
            </p>
            <p>They come to £1,000,000,000 a year or more.</p>
            <p>
              <a href={calculatorLink(budget.calculatorInputs)}>
                Change these figures in the calculator
              </a>
            </p>
          </div>
        ) : (
          <div className="panel budget-figures">
            <p className="budget-figures__headline">
              <strong>{headlineSentences(calculator).year}</strong>{' '}
              {headlineSentences(calculator).week}
            </p>
            {budgetPaysForSentences(calculator).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            <h3>How the calculator worked this out</h3>
            <ol className="working">
              {stepsIn(calculator, BUDGET_SECTIONS).map((step) => (
                <li key={step.id}>{step.sentence}</li>
              ))}
            </ol>
            <p>This is an estimate. Your council decides your budget.</p>
            <p>
              <a href={calculatorLink(budget.calculatorInputs)}>
                Change these figures in the calculator
              </a>
            </p>
          </div>
        ))}
      {budget.source === 'typed' && (
        <QuestionRow kit={kit} question={questionFor('budget', 'typedAmount')}>
          <MoneyField
            id={fieldId('budget.typedAmount')}
            label="Your budget"
            hint={<Hint question={questionFor('budget', 'typedAmount')} />}
            maxLength={MAX_TEXT_LENGTH}
            {...amount}
          />
          <div className="field">
            <label htmlFor={fieldId('budget.typedPeriod')}>How often</label>
            <select
              id={fieldId('budget.typedPeriod')}
              value={budget.typedPeriod}
              onChange={(event) =>
                kit.edit((plan, now) =>
                  updateSection(
                    plan,
                    'budget',
                    { typedPeriod: event.target.value as BudgetPeriod },
                    now,
                  ),
                )
              }
            >
              {BUDGET_PERIODS.map((period) => (
                <option key={period} value={period}>
                  {BUDGET_PERIOD_LABELS[period]}
                </option>
              ))}
            </select>
          </div>
        </QuestionRow>
      )}
      <TextQuestion
        kit={kit}
        question={questionFor('budget', 'notes')}
        name="budget.notes"
        value={budget.notes}
        onChange={(value) =>
          kit.edit((plan, now) => updateSection(plan, 'budget', { notes: value }, now))
        }
      />
    </>
  );
}

function goalName(plan: Plan, goalId: string): string {
  const index = plan.goals.items.findIndex((goal) => goal.id === goalId);
  const words = plan.goals.items[index]?.inMyWords.trim() ?? '';
  return words === ''
    ? `Goal ${index + 1}`
    : `Goal ${index + 1}: ${words.length > 80 ? `${words.slice(0, 80)}…` : words}`;
}

function SpendingSection({ kit }: { kit: SectionKit }) {
  const { plan } = kit;
  const items = plan.spending.items;
  const money = calculatePlanMoney(plan);
  const result = money.result;
  const add = (): void => {
    const id = newId();
    kit.edit((current, now) => addCostedItem(current, now, id));
    kit.focusSoon(fieldId(`spending.${id}.what`));
  };
  return (
    <>
      {items.length === 0 && <p>You have not added anything yet.</p>}
      {items.map((item, index) => {
        const change = (patch: Parameters<typeof updateCostedItem>[2]) =>
          kit.edit((current, now) => updateCostedItem(current, item.id, patch, now));
        const cost = kit.money(
          TYPED_FIELDS.cost(item.id),
          TYPED_FIELD_WORDS.cost(index),
          { value: item.cost, asTyped: item.costAsTyped },
          (typed) => (current, now) =>
            updateCostedItem(current, item.id, typedPatch('cost', typed), now),
        );
        const perYear = result?.spendingItems.find((entry) => entry.id === item.id)?.perYear;
        return (
          <fieldset key={item.id} className="plan-item">
            <legend>Item {index + 1}</legend>
            <TextQuestion
              kit={kit}
              question={questionFor('spending', 'what')}
              name={`spending.${item.id}.what`}
              value={item.what}
              singleLine
              onChange={(value) => change({ what: value })}
            />
            <TextQuestion
              kit={kit}
              question={questionFor('spending', 'whoProvides')}
              name={`spending.${item.id}.whoProvides`}
              value={item.whoProvides}
              singleLine
              onChange={(value) => change({ whoProvides: value })}
            />
            <QuestionRow kit={kit} question={questionFor('spending', 'howOften')}>
              <div className="field">
                <label htmlFor={fieldId(`spending.${item.id}.howOften`)}>How often you pay</label>
                <select
                  id={fieldId(`spending.${item.id}.howOften`)}
                  value={item.howOften}
                  onChange={(event) => change({ howOften: event.target.value as HowOften })}
                >
                  {HOW_OFTEN.map((often) => (
                    <option key={often} value={often}>
                      {HOW_OFTEN_LABELS[often]}
                    </option>
                  ))}
                </select>
              </div>
            </QuestionRow>
            <QuestionRow kit={kit} question={questionFor('spending', 'cost')}>
              <MoneyField
                id={fieldId(`spending.${item.id}.cost`)}
                label="What it costs each time"
                maxLength={MAX_TEXT_LENGTH}
                hint={
                  <Hint
                    question={questionFor('spending', 'cost')}
                    extra={
                      perYear !== undefined && item.howOften !== 'year' ? (
                        <p>
                          That is {formatMoney(perYear)}{' '}
                          {item.howOften === 'once' ? 'this year' : 'a year'}.
                        </p>
                      ) : undefined
                    }
                  />
                }
                {...cost}
              />
            </QuestionRow>
            <QuestionRow kit={kit} question={questionFor('spending', 'goalIds')}>
              <fieldset className="field">
                <legend>Which goals it helps with</legend>
                {plan.goals.items.length === 0 ? (
                  <p className="hint">
                    You have no goals yet.{' '}
                    <a
                      href={writePlannerRoute({ kind: 'plan', planId: plan.id, section: 'goals' })}
                    >
                      Add your goals
                    </a>
                    .
                  </p>
                ) : (
                  <div className="checkboxes">
                    {plan.goals.items.map((goal) => {
                      const id = fieldId(`spending.${item.id}.goal.${goal.id}`);
                      const checked = item.goalIds.includes(goal.id);
                      return (
                        <div className="checkbox" key={goal.id}>
                          <input
                            type="checkbox"
                            id={id}
                            checked={checked}
                            onChange={() =>
                              change({
                                goalIds: checked
                                  ? item.goalIds.filter((entry) => entry !== goal.id)
                                  : [...item.goalIds, goal.id],
                              })
                            }
                          />
                          <label htmlFor={id}>{goalName(plan, goal.id)}</label>
                        </div>
                      );
                    })}
                  </div>
                )}
              </fieldset>
            </QuestionRow>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                kit.removeWithUndo(`Item ${index + 1}`, (current, now) =>
                  removeCostedItem(current, item.id, now),
                )
              }
            >
              Remove item {index + 1}
            </button>
          </fieldset>
        );
      })}
      {items.length < MAX_COSTED_ITEMS && (
        <button type="button" className="button button--secondary" onClick={add}>
          {items.length === 0 ? 'Add something your budget pays for' : 'Add another item'}
        </button>
      )}
      {money.tooLarge && (
        <div className="panel spending-totals" aria-labelledby="spending-totals-title">
          <h3 id="spending-totals-title">Adding it up</h3>
          <p>
            <strong>We cannot add up these amounts.</strong>
          </p>
          <p>They come to £1,000,000,000 a year or more.</p>
          <p>Check each cost and your budget. One may have a number too many.</p>
        </div>
      )}
      {result !== null && (
        <div className="panel spending-totals" aria-labelledby="spending-totals-title">
          <h3 id="spending-totals-title">Adding it up</h3>
          {money.hasBudget && result.spendingItems.length > 0 ? (
            <>
              <p>Your budget is {formatMoney(result.budget.perYear)} a year.</p>
              {[...budgetPaysForSentences(result), ...spendingSentences(result)].map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </>
          ) : money.hasBudget ? (
            <p>You plan to spend £0 a year.</p>
          ) : (
            <>
              <p>
                You plan to spend <strong>{formatMoney(result.spending.perYear)} a year</strong>.
              </p>
              <p>
                Add your budget in{' '}
                <a href={writePlannerRoute({ kind: 'plan', planId: plan.id, section: 'budget' })}>
                  My budget
                </a>{' '}
                to see what is left.
              </p>
            </>
          )}
          {money.itemsWithoutCost > 0 && (
            <p>
              {money.itemsWithoutCost === 1 ? '1 item has' : `${money.itemsWithoutCost} items have`}{' '}
              no cost yet, so {money.itemsWithoutCost === 1 ? 'it is' : 'they are'} not counted.
            </p>
          )}
          {result.notes
            .filter((note) => note.code === 'paid-once')
            .map((note) => (
              <p key={note.code}>{note.message}</p>
            ))}
        </div>
      )}
      {result !== null && (
        <Suspense fallback={null}>
          <PlanBudgetPictures plan={plan} money={money} pictures={kit.pictures} />
        </Suspense>
      )}
      <TextQuestion
        kit={kit}
        question={questionFor('spending', 'flexibility')}
        name="spending.flexibility"
        value={plan.spending.flexibility}
        onChange={(value) =>
          kit.edit((current, now) =>
            updateSection(current, 'spending', { flexibility: value }, now),
          )
        }
      />
    </>
  );
}

function PeopleSection({ kit }: { kit: SectionKit }) {
  const people = kit.plan.people.items;
  const add = (): void => {
    const id = newId();
    kit.edit((plan, now) => addPerson(plan, now, id));
    kit.focusSoon(fieldId(`people.${id}.name`));
  };
  return (
    <>
      {people.length === 0 && <p>You have not added anyone yet.</p>}
      {people.map((person, index) => (
        <fieldset key={person.id} className="plan-item">
          <legend>Person {index + 1}</legend>
          {(['name', 'howIKnowThem', 'whatTheyHelpWith', 'contact'] as const).map((field) => (
            <TextQuestion
              key={field}
              kit={kit}
              question={questionFor('people', field)}
              name={`people.${person.id}.${field}`}
              value={person[field]}
              singleLine={field !== 'whatTheyHelpWith'}
              onChange={(value) =>
                kit.edit((plan, now) => updatePerson(plan, person.id, { [field]: value }, now))
              }
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              kit.removeWithUndo(`Person ${index + 1}`, (plan, now) =>
                removePerson(plan, person.id, now),
              )
            }
          >
            Remove person {index + 1}
          </button>
        </fieldset>
      ))}
      {people.length < MAX_PEOPLE && (
        <button type="button" className="button button--secondary" onClick={add}>
          {people.length === 0 ? 'Add a person' : 'Add another person'}
        </button>
      )}
    </>
  );
}

function ProviderSection({ kit }: { kit: SectionKit }) {
  const provider = kit.plan.provider;
  const fields = SECTION_GUIDES.provider.questions;
  return (
    <>
      {fields.map((question) => (
        <TextQuestion
          key={question.field}
          kit={kit}
          question={question}
          name={`provider.${question.field}`}
          value={(provider as unknown as Readonly<Record<string, string>>)[question.field] ?? ''}
          singleLine={question.field === 'name' || question.field === 'contact'}
          onChange={(value) =>
            kit.edit((plan, now) =>
              updateSection(plan, 'provider', { [question.field]: value }, now),
            )
          }
        />
      ))}
      <h3>Questions to ask your provider</h3>
      <p>These questions come from our guide to choosing a provider.</p>
      {PROVIDER_QUESTIONS.map((entry) => (
        <TextQuestion
          key={entry.id}
          kit={kit}
          question={{
            field: entry.id,
            label: entry.question,
            help: ['Ask your provider. Write their answer here.'],
            example: entry.example,
            picture: PROVIDER_QUESTION_PICTURE,
          }}
          name={`provider.answers.${entry.id}`}
          value={provider.answers.find((answer) => answer.questionId === entry.id)?.answer ?? ''}
          onChange={(value) =>
            kit.edit((plan, now) => setProviderAnswer(plan, entry.id, entry.question, value, now))
          }
        />
      ))}
    </>
  );
}

function ReviewsSection({ kit }: { kit: SectionKit }) {
  const reviews = kit.plan.reviews;
  const today = todayIsoDate(new Date());
  const suggested = suggestReviewDate(today);
  const question = questionFor('reviews', 'nextReviewDate');
  const date = kit.date(
    TYPED_FIELDS.reviewDate,
    TYPED_FIELD_WORDS.reviewDate,
    { value: reviews.nextReviewDate, asTyped: reviews.nextReviewDateAsTyped },
    (typed) => (plan, now) =>
      updateSection(plan, 'reviews', typedPatch('nextReviewDate', typed), now),
  );
  const waiting = reviews.nextReviewDateAsTyped !== null;
  return (
    <>
      <QuestionRow kit={kit} question={question}>
        <DateField
          id={fieldId(TYPED_FIELDS.reviewDate)}
          label={question.label}
          hint={
            <Hint
              question={question}
              extra={<p>6 months from today is {formatLongDate(suggested)}.</p>}
            />
          }
          maxLength={MAX_TEXT_LENGTH}
          {...date}
        >
          {!waiting && isReviewDateInPast(reviews.nextReviewDate, today) && (
            <p className="notice plan-gentle-note">
              This date has passed. You may want to choose a new date.
            </p>
          )}
          {(waiting || reviews.nextReviewDate !== suggested) && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => date.onChange(isoDateToParts(suggested))}
            >
              Use {formatLongDate(suggested)}
            </button>
          )}
        </DateField>
      </QuestionRow>
      {(['whoChecks', 'moreForMyself'] as const).map((field) => (
        <TextQuestion
          key={field}
          kit={kit}
          question={questionFor('reviews', field)}
          name={`reviews.${field}`}
          value={reviews[field]}
          onChange={(value) =>
            kit.edit((plan, now) => updateSection(plan, 'reviews', { [field]: value }, now))
          }
        />
      ))}
    </>
  );
}

/** The questions of one section. */
export function SectionBody({ section, kit }: { section: PlanSectionId; kit: SectionKit }) {
  switch (section) {
    case 'aboutMe':
      return <TextSection kit={kit} section="aboutMe" singleLine={['name']} />;
    case 'goals':
      return <GoalsSection kit={kit} />;
    case 'budget':
      return <BudgetSection kit={kit} />;
    case 'spending':
      return <SpendingSection kit={kit} />;
    case 'people':
      return <PeopleSection kit={kit} />;
    case 'provider':
      return <ProviderSection kit={kit} />;
    case 'safety':
      return <TextSection kit={kit} section="safety" />;
    case 'decisions':
      return <TextSection kit={kit} section="decisions" />;
    case 'reviews':
      return <ReviewsSection kit={kit} />;
  }
}
