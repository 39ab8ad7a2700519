/*
 * Figures handed over from the budget calculator: shows them, and asks whether to start a new
 * plan with them or put them in a plan already on this device ("My budget"). Broken figures
 * get a kind message. Nothing is changed until the person chooses.
 */
import { useEffect, useState } from 'react';
import { headlineSentences } from '../../../lib/calculator/summary';
import { createEmptyPlan } from '../../../lib/plan';
import { applyCalculatorFigures, readCalculatorHandover } from '../../../lib/plan/handover';
import type { PlanSummary } from '../../../lib/storage';
import { ErrorSummary } from '../form/ErrorSummary';
import { fieldId } from '../form/fieldId';
import { setPageTitle } from './page';
import type { Navigate } from './Planner';
import type { PlanStore } from './store';

const NEW_PLAN = 'new';

interface HandoverProps {
  store: PlanStore;
  linkText: string;
  navigate: Navigate;
}

export function Handover({ store, linkText, navigate }: HandoverProps) {
  const handover = readCalculatorHandover(linkText);
  const [plans, setPlans] = useState<readonly PlanSummary[] | null>(null);
  const [choice, setChoice] = useState('');
  const [includeSpending, setIncludeSpending] = useState(true);
  const [submitCount, setSubmitCount] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const problems =
    submitCount > 0 && choice === ''
      ? [{ field: 'handover-choice', message: 'Choose where to put the figures' }]
      : [];

  useEffect(() => {
    void store.list().then((listed) => {
      const found = listed.ok ? listed.plans : [];
      setPlans(found);
      if (found.length === 0) setChoice(NEW_PLAN);
    });
  }, [store]);

  useEffect(() => {
    setPageTitle(['Put your budget in a plan'], problems.length > 0);
  }, [problems.length]);

  if (!handover.ok) {
    return (
      <section aria-labelledby="planner-heading">
        <h2 id="planner-heading" tabIndex={-1}>
          Figures from the calculator
        </h2>
        <div className="notice notice--error" role="alert">
          <p>{handover.message}</p>
        </div>
        <p>
          <a href="/budget/">Go to the budget calculator</a>
        </p>
        <p>
          <a href="#plans">Go to the plans on this device</a>
        </p>
      </section>
    );
  }

  const headline = headlineSentences(handover.result);
  const spendingCount = handover.input.spending.length;

  const submit = async (event: { preventDefault(): void }): Promise<void> => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    if (choice === '') return;
    const now = new Date();
    let base;
    if (choice === NEW_PLAN) base = createEmptyPlan(now);
    else {
      const loaded = await store.load(choice);
      if (!loaded.ok) {
        setFailure(loaded.message);
        return;
      }
      base = loaded.plan;
    }
    const plan = applyCalculatorFigures(base, handover.input, { includeSpending }, now);
    const saved = await store.save(plan);
    if (!saved.ok) {
      setFailure(`The figures were not put in the plan. ${saved.message}`);
      return;
    }
    navigate({ kind: 'plan', planId: plan.id, section: 'budget' }, { replace: true });
  };

  return (
    <section aria-labelledby="planner-heading">
      <ErrorSummary problems={problems} submitCount={submitCount} />
      <h2 id="planner-heading" tabIndex={-1}>
        Put your budget in a plan
      </h2>
      <div className="panel budget-figures">
        <p>These are the figures from the calculator.</p>
        <p className="budget-figures__headline">
          <strong>{headline.year}</strong> {headline.week}
        </p>
        {spendingCount > 0 && (
          <p>
            You planned to spend it on {spendingCount} {spendingCount === 1 ? 'thing' : 'things'}.
          </p>
        )}
      </div>
      {failure !== null && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      {plans === null ? (
        <p role="status">Looking for your plans…</p>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <fieldset className={`field${problems.length > 0 ? ' field--error' : ''}`}>
            <legend>Which plan should the figures go in?</legend>
            {problems.length > 0 && (
              <span className="error-message" id={`${fieldId('handover-choice')}-error`}>
                <span className="visually-hidden">Error: </span>
                Choose where to put the figures
              </span>
            )}
            <div className="radios">
              {[
                { value: NEW_PLAN, label: 'Start a new plan with these figures' },
                ...plans.map((plan) => ({ value: plan.id, label: `Put them in ${plan.name}` })),
              ].map((option, index) => (
                <div className="radio" key={option.value}>
                  <input
                    type="radio"
                    name="handover-choice"
                    id={
                      index === 0
                        ? fieldId('handover-choice')
                        : fieldId(`handover-choice-${option.value}`)
                    }
                    value={option.value}
                    checked={choice === option.value}
                    onChange={() => setChoice(option.value)}
                  />
                  <label
                    htmlFor={
                      index === 0
                        ? fieldId('handover-choice')
                        : fieldId(`handover-choice-${option.value}`)
                    }
                  >
                    {option.label}
                  </label>
                </div>
              ))}
            </div>
            {choice !== '' && choice !== NEW_PLAN && (
              <p className="hint">
                This replaces the budget figures in that plan. Your other answers stay.
              </p>
            )}
          </fieldset>
          {spendingCount > 0 && (
            <div className="field checkbox">
              <input
                type="checkbox"
                id={fieldId('handover-spending')}
                checked={includeSpending}
                onChange={() => setIncludeSpending(!includeSpending)}
              />
              <label htmlFor={fieldId('handover-spending')}>
                Also add the {spendingCount} {spendingCount === 1 ? 'thing' : 'things'} you planned
                to spend it on
              </label>
            </div>
          )}
          <div className="button-group">
            <button type="submit" className="button">
              Put the figures in the plan
            </button>
            <a href="#plans">Do not put them in a plan</a>
          </div>
        </form>
      )}
    </section>
  );
}
