/*
 * The letters page's island (issue 15): choose a letter, fill in the boxes, see the letter,
 * print it or download it as a Word document. The letters' words and checks come from
 * lib/letters. Both letters stay in the page while it is open, so switching loses nothing.
 */
import { useState, type ReactNode } from 'react';
import { askLetter, disagreeLetter } from '../../../lib/letters/letter';
import {
  EMPTY_ASK_DRAFT,
  EMPTY_DISAGREE_DRAFT,
  LETTER_LIMITS,
  askLetterSchema,
  disagreeLetterSchema,
} from '../../../lib/letters/schema';
import type { PictureName } from '../../../lib/pictures/registry';
import { RadioField } from '../form/RadioField';
import { TextAreaField } from '../form/TextAreaField';
import { RegistryPicture } from '../RegistryPicture';
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

/** One box with its picture on the left, as the guides show each point. */
function Point({ picture, children }: { picture: PictureName; children: ReactNode }) {
  return (
    <div className="letter-point">
      <RegistryPicture name={picture} size={96} className="letter-point__picture" />
      <div className="letter-point__field">{children}</div>
    </div>
  );
}

/** The boxes both letters ask: where the person lives, their name, address, reference and council. */
function AboutYou({ formKey }: { formKey: string }) {
  return (
    <>
      <Point picture="where-you-live">
        <RadioField
          name={`${formKey}.region`}
          label="Where do you live?"
          hint="The law is different in England and Scotland."
          options={[
            { value: 'england', label: 'England' },
            { value: 'scotland', label: 'Scotland' },
          ]}
        />
      </Point>
      <Point picture="you">
        <TextAreaField
          name={`${formKey}.name`}
          label="Your name"
          maxLength={LETTER_LIMITS.name}
          singleLine
        />
      </Point>
      <Point picture="home">
        <TextAreaField
          name={`${formKey}.address`}
          label="Your address (you can leave this out)"
          hint="It helps your council find your records."
          maxLength={LETTER_LIMITS.address}
          rows={3}
        />
      </Point>
      <Point picture="write-it-down">
        <TextAreaField
          name={`${formKey}.reference`}
          label="Your reference number (you can leave this out)"
          hint="It is on letters from your council."
          maxLength={LETTER_LIMITS.reference}
          singleLine
        />
      </Point>
      <Point picture="council">
        <TextAreaField
          name={`${formKey}.council`}
          label="Your council"
          hint="Like Leeds City Council."
          maxLength={LETTER_LIMITS.council}
          singleLine
        />
      </Point>
    </>
  );
}

function readChosenLetter(): LetterKey {
  return window.location.hash === '#decision' ? 'decision' : 'ask';
}

export default function Letters() {
  const [chosen, setChosen] = useState<LetterKey>(readChosenLetter);
  return (
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
        >
          <AboutYou formKey="ask" />
          <Point picture="provider">
            <TextAreaField
              name="ask.provider"
              label="The provider you want (you can leave this out)"
              hint="A provider is the organisation that gives your support."
              maxLength={LETTER_LIMITS.provider}
              singleLine
            />
          </Point>
          <Point picture="goal">
            <TextAreaField
              name="ask.want"
              label="What do you want from your support?"
              hint="Say what you want to change in your life."
              maxLength={LETTER_LIMITS.want}
              rows={4}
            />
          </Point>
        </LetterForm>
      </div>

      <div hidden={chosen !== 'decision'}>
        <h2 className="no-print">I do not agree with a decision</h2>
        <LetterForm
          formKey="decision"
          active={chosen === 'decision'}
          schema={disagreeLetterSchema}
          emptyDraft={EMPTY_DISAGREE_DRAFT}
          makeLetter={disagreeLetter}
        >
          <Point picture="ask">
            <RadioField
              name="decision.request"
              label="What do you want to ask for?"
              options={[
                { value: 'reasons', label: 'The reasons for the decision, in writing' },
                { value: 'look-again', label: 'Look at my budget again' },
              ]}
            />
          </Point>
          <AboutYou formKey="decision" />
          <Point picture="letter">
            <TextAreaField
              name="decision.decision"
              label="What did the council decide?"
              hint="Like: they made my budget smaller."
              maxLength={LETTER_LIMITS.decision}
              rows={3}
            />
          </Point>
          <Point picture="month">
            <TextAreaField
              name="decision.decisionDate"
              label="When did the council tell you?"
              hint="Like 3 November 2026."
              maxLength={LETTER_LIMITS.decisionDate}
              singleLine
            />
          </Point>
          <Point picture="decide">
            <TextAreaField
              name="decision.disagree"
              label="Why do you not agree?"
              hint="Say which needs the budget does not cover."
              maxLength={LETTER_LIMITS.disagree}
              rows={5}
            />
          </Point>
        </LetterForm>
      </div>
    </div>
  );
}
