/*
 * The letters page's island (issue 15): choose a letter, fill in the boxes, see the letter,
 * print it or download it as a Word document. The letters' words and checks come from
 * lib/letters. Both letters stay in the page while it is open, so switching loses nothing.
 */
import { useState } from 'react';
import { ASK_BOXES, DECISION_BOXES } from '../../../lib/letters/boxes';
import { askLetter, disagreeLetter } from '../../../lib/letters/letter';
import {
  EMPTY_ASK_DRAFT,
  EMPTY_DISAGREE_DRAFT,
  askLetterSchema,
  disagreeLetterSchema,
} from '../../../lib/letters/schema';
import { IslandPicturesContext, type IslandPictures } from '../FilePicture';
import { LetterForm } from './LetterForm';

/** The 2 letters, by the address fragment that opens each one ("/letters/#decision"). */
const LETTERS = [
  {
    key: 'ask',
    label: 'Asking for an Individual Service Fund',
  },
  {
    key: 'decision',
    label: 'I do not agree with a decision',
  },
] as const;

type LetterKey = (typeof LETTERS)[number]['key'];

function readChosenLetter(): LetterKey {
  return window.location.hash === '#decision' ? 'decision' : 'ask';
}

export default function Letters({ pictures }: { pictures: IslandPictures }) {
  const [chosen, setChosen] = useState<LetterKey>(readChosenLetter);
  return (
    <IslandPicturesContext.Provider value={pictures}>
      <div className="letters">
        <fieldset className="field no-print">
          <legend>Which letter do you want to write?</legend>
          <div className="radios">
            {LETTERS.map((letter) => (
              <div className="radio" key={letter.key}>
                <input
                  type="radio"
                  id={`letter-choice-${letter.key}`}
                  name="letter-choice"
                  checked={chosen === letter.key}
                  onChange={() => setChosen(letter.key)}
                />
                <label htmlFor={`letter-choice-${letter.key}`}>{letter.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <div hidden={chosen !== 'ask'}>
          <h2 className="no-print">Asking for an Individual Service Fund</h2>
          <LetterForm
            formKey="ask"
            active={chosen === 'ask'}
            schema={askLetterSchema}
            emptyDraft={EMPTY_ASK_DRAFT}
            makeLetter={askLetter}
            boxes={ASK_BOXES}
          />
        </div>

        <div hidden={chosen !== 'decision'}>
          <h2 className="no-print">I do not agree with a decision</h2>
          <LetterForm
            formKey="decision"
            active={chosen === 'decision'}
            schema={disagreeLetterSchema}
            emptyDraft={EMPTY_DISAGREE_DRAFT}
            makeLetter={disagreeLetter}
            boxes={DECISION_BOXES}
          />
        </div>
      </div>
    </IslandPicturesContext.Provider>
  );
}
