/*
 * One letter: the boxes to fill in, the letter as it will read, and Print and Word buttons.
 * The form's answers sit under `key` ("ask.name"), so 2 letters on one page never share an id.
 * It checks the answers with lib/letters' zod schema only when the person asks to print or
 * download (GOV.UK: validate on submit). Nothing is stored: the words live in this page only.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import type { LetterBox } from '../../../lib/letters/boxes';
import type { Letter } from '../../../lib/letters/letter';
import { todayIsoDate } from '../../../lib/site/dates';
import { WordButton } from '../export/WordButton';
import { ErrorSummary, type SummaryProblem } from '../form/ErrorSummary';
import { LetterBoxes } from './LetterBoxes';
import { LetterSheet } from './LetterSheet';

interface LetterFormProps<Draft extends object> {
  /** The start of every field's name and id, like "ask". */
  readonly formKey: string;
  /** Whether this letter is the one shown; a hidden letter keeps its words but shows no errors. */
  readonly active: boolean;
  readonly schema: z.ZodType<unknown, z.ZodTypeDef, Draft>;
  readonly emptyDraft: Draft;
  /** Makes the letter from the boxes as typed; `today` is an ISO date. */
  readonly makeLetter: (draft: Draft, today: string) => Letter;
  /** The boxes to fill in, in the order the page shows them. */
  readonly boxes: readonly LetterBox[];
}

/** The problems, listed in the order of the boxes on the page (GOV.UK error summary). */
function problemsOf(
  errors: FieldValues,
  formKey: string,
  order: readonly string[],
): SummaryProblem[] {
  const inner: unknown = errors[formKey];
  if (inner === null || typeof inner !== 'object') return [];
  return order.flatMap((field) => {
    const message: unknown = (inner as Record<string, { message?: unknown } | undefined>)[field]
      ?.message;
    return typeof message === 'string' ? [{ field: `${formKey}.${field}`, message }] : [];
  });
}

export function LetterForm<Draft extends object>({
  formKey,
  active,
  schema,
  emptyDraft,
  makeLetter,
  boxes,
}: LetterFormProps<Draft>) {
  // The answers sit under `formKey`; the form's values are checked as that one object.
  const wrapped: z.ZodType<FieldValues, z.ZodTypeDef, FieldValues> = z.object({
    [formKey]: schema,
  });
  const form = useForm<FieldValues>({
    defaultValues: { [formKey]: emptyDraft },
    resolver: zodResolver(wrapped),
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [attempts, setAttempts] = useState(0);
  const [status, setStatus] = useState('');
  const watched: unknown = useWatch({ control: form.control, name: formKey });
  const draft = { ...emptyDraft, ...(watched as Partial<Draft>) };
  const today = todayIsoDate();
  const letter = makeLetter(draft, today);
  const problems = problemsOf(
    form.formState.errors,
    formKey,
    boxes.map((box) => box.field),
  );

  const baseTitle = useRef(document.title.replace(/^Error: /, ''));
  useEffect(() => {
    if (!active) return;
    // The page title starts with "Error: " while the error summary shows (GOV.UK pattern).
    document.title = problems.length > 0 ? `Error: ${baseTitle.current}` : baseTitle.current;
  }, [active, problems.length]);
  useEffect(() => {
    if (!active) form.clearErrors();
  }, [active]);

  /** Checks the answers; on a problem, shows the error summary and moves focus to it. */
  const check = async (): Promise<boolean> => {
    const ok = await form.trigger();
    if (!ok) {
      setStatus('');
      setAttempts((count) => count + 1);
    }
    return ok;
  };

  const print = async (): Promise<void> => {
    if (await check()) window.print();
  };

  const makeDocument = async (now: Date) => {
    if (!(await check())) return null;
    const isoDate = todayIsoDate(now);
    const { letterDocument, letterWordFileName } =
      await import('../../../lib/export/letter-document');
    const checked = makeLetter(form.getValues(formKey) as Draft, isoDate);
    return {
      model: letterDocument(checked, isoDate),
      fileName: letterWordFileName(checked, isoDate),
    };
  };

  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="letter-form"
        // Enter in a box never prints: only the Print button does.
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="no-print">
          <ErrorSummary problems={problems} submitCount={attempts} />
          <LetterBoxes formKey={formKey} boxes={boxes} />
        </div>
        <section className="letter-preview" aria-labelledby={`${formKey}-preview-title`}>
          <h2 id={`${formKey}-preview-title`} className="no-print">
            Your letter
          </h2>
          <p className="no-print">This is how your letter will read.</p>
          <LetterSheet letter={letter} />
        </section>
        <div className="no-print">
          <p>Nothing you type here is saved or sent.</p>
          <p>Print or download the letter before you leave.</p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void print()}>
              Print this letter
            </button>
            <WordButton makeDocument={makeDocument} onStatus={setStatus} />
          </div>
          <p role="status">{status}</p>
        </div>
      </form>
    </FormProvider>
  );
}
