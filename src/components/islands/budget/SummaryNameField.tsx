/*
 * "Whose budget is this?": the name the printed summary and the Word document carry ("Sam's
 * budget summary"). It is kept for this tab only, and never put in the link (lib/calculator/tab).
 */
import { summaryNameProblem } from '../../../lib/calculator/summary-name';
import { PicturePoint } from '../FilePicture';
import { describedByIds, FieldShell } from '../form/FieldShell';

const ID = 'summary-name';

const HINT =
  'You can leave this empty. The name goes on your printed summary and Word document. It is not put in the link.';

interface Props {
  readonly name: string;
  readonly onChange: (name: string) => void;
}

export function SummaryNameField({ name, onChange }: Props) {
  const error = summaryNameProblem(name);
  return (
    <PicturePoint name="you">
      <FieldShell id={ID} label="Whose budget is this?" hint={HINT} error={error}>
        <input
          id={ID}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={`input--medium${error ? ' input--error' : ''}`}
          aria-describedby={describedByIds(ID, HINT, error)}
          aria-invalid={error ? true : undefined}
          value={name}
          onChange={(event) => onChange(event.target.value)}
        />
      </FieldShell>
    </PicturePoint>
  );
}
