/*
 * A letter's boxes, drawn from its list in lib/letters/boxes: each with its picture on the
 * left, as the guides show each point, and a text box or radios on the right.
 */
import type { LetterBox } from '../../../lib/letters/boxes';
import { LETTER_LIMITS } from '../../../lib/letters/schema';
import { RadioField } from '../form/RadioField';
import { TextAreaField } from '../form/TextAreaField';
import { PicturePoint } from '../FilePicture';

/** Each box of a letter, with its picture on the left as the guides show each point. */
export function LetterBoxes({ formKey, boxes }: { formKey: string; boxes: readonly LetterBox[] }) {
  return boxes.map((box) => (
    <PicturePoint name={box.picture} key={box.field}>
      <div className="letter-box">
        {box.kind === 'choice' ? (
          <RadioField
            name={`${formKey}.${box.field}`}
            label={box.label}
            hint={box.hint}
            options={box.options}
          />
        ) : (
          <TextAreaField
            name={`${formKey}.${box.field}`}
            label={box.label}
            hint={box.hint}
            maxLength={LETTER_LIMITS[box.field]}
            singleLine={box.lines === 1}
            rows={box.lines === 1 ? undefined : box.lines}
          />
        )}
      </div>
    </PicturePoint>
  ));
}
