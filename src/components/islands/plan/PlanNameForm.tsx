/*
 * "Change the plan's name": a small form in the GOV.UK pattern (a label, a hint, Save and a
 * Cancel link), so an advocate with several plans on one computer can tell them apart. Wired
 * with react-hook-form and lib/plan's zod schema; it loads only when a person opens it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import {
  MAX_PLAN_NAME_LENGTH,
  planNameFormSchema,
  suggestedPlanName,
  type Plan,
  type PlanNameFormInput,
  type PlanNameFormOutput,
} from '../../../lib/plan';
import { writePlannerRoute } from '../../../lib/plan/route';
import { ErrorSummary } from '../form/ErrorSummary';
import { TextField } from '../form/TextField';
import { focusView } from './page';

interface PlanNameFormProps {
  plan: Plan;
  /** Called with the checked name when the person presses Save. */
  onSave: (name: string) => void;
  onErrorsShown: (shown: boolean) => void;
  /** True once the person has moved around the planner: the view then takes focus. */
  moved: boolean;
}

export function PlanNameForm({ plan, onSave, onErrorsShown, moved }: PlanNameFormProps) {
  const methods = useForm<PlanNameFormInput, unknown, PlanNameFormOutput>({
    resolver: zodResolver(planNameFormSchema),
    defaultValues: { planName: suggestedPlanName(plan) },
    // The error summary takes focus instead (GOV.UK).
    shouldFocusError: false,
  });
  const { handleSubmit, formState } = methods;
  const message = formState.errors.planName?.message;
  const problems = message === undefined ? [] : [{ field: 'planName', message }];

  useEffect(() => {
    if (moved) focusView();
  }, [moved]);
  useEffect(() => onErrorsShown(problems.length > 0), [problems.length, onErrorsShown]);
  useEffect(() => () => onErrorsShown(false), [onErrorsShown]);

  return (
    <section aria-labelledby="planner-heading" className="plan-name-form">
      <ErrorSummary problems={problems} submitCount={formState.submitCount} />
      <h2 id="planner-heading" tabIndex={-1}>
        Change the plan&apos;s name
      </h2>
      <FormProvider {...methods}>
        <form
          noValidate
          onSubmit={(event) => void handleSubmit((values) => onSave(values.planName))(event)}
        >
          <TextField
            name="planName"
            label="The plan's name"
            hint={`Choose a name that helps you find this plan, like "Sam's plan 2027". Use up to ${MAX_PLAN_NAME_LENGTH} characters.`}
            width="full"
          />
          <div className="button-group">
            <button type="submit" className="button">
              Save
            </button>
            <a href={writePlannerRoute({ kind: 'plan', planId: plan.id, section: null })}>Cancel</a>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
