/*
 * The carer's part on its own view (lib/prepare/carer): what a family member or friend does,
 * how often, and what it costs them, with the carer's own right to an assessment in the
 * England and Scotland words. Every question can be skipped; words are saved as they are typed.
 */
import { useEffect, useRef, useState } from 'react';
import {
  CARER_COSTS,
  CARER_FINISHED_QUESTION,
  CARER_PART,
  CARER_QUESTIONS,
  CARER_RIGHT,
  CARER_RIGHT_INTRO,
  type CarerCostId,
} from '../../../lib/prepare/carer';
import type { CarerNotes, WrittenAnswer } from '../../../lib/prepare/notes';
import { MAX_TEXT_LENGTH } from '../../../lib/plan/limits';
import { FINISHED } from '../../../lib/prepare/questions';
import { FilePicture, PicturePoint, type IslandPictures } from '../FilePicture';
import { FinishedQuestion, type FinishedAnswer } from '../FinishedQuestion';
import { TextArea } from '../form/TextArea';
import { NotSure } from './NotSure';

interface CarerViewProps {
  notes: CarerNotes;
  pictures: IslandPictures;
  onChange: (change: Partial<CarerNotes>) => void;
  onFinished: () => void;
  /** True once the person has moved around the tool: the heading then takes focus. */
  moved: boolean;
}

type WrittenKey = 'whatTheyDo' | 'howOften';

export function CarerView({ notes, pictures, onChange, onFinished, moved }: CarerViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [finished, setFinished] = useState<FinishedAnswer>(notes.status === 'done' ? 'yes' : '');
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved]);
  useEffect(() => {
    document.title = `${CARER_PART.title} - Get ready for your assessment - Open ISF`;
  }, []);

  const id = (name: string): string => `prepare-carer-${name}`;

  const written = (key: WrittenKey) => {
    const question = CARER_QUESTIONS[key];
    const answer: WrittenAnswer = notes[key];
    return (
      <PicturePoint name={question.picture}>
        <TextArea
          id={id(key)}
          label={question.question}
          hint={question.hint}
          value={answer.words}
          maxLength={MAX_TEXT_LENGTH}
          onChange={(words) => onChange({ [key]: { ...answer, words } })}
        />
        <NotSure
          id={id(`${key}-not-sure`)}
          question={question.question}
          value={answer.notSure}
          onChange={(notSure) => onChange({ [key]: { ...answer, notSure } })}
        />
      </PicturePoint>
    );
  };

  const toggleCost = (cost: CarerCostId, on: boolean): void => {
    const chosen = CARER_COSTS.map((candidate) => candidate.id).filter((candidate) =>
      candidate === cost ? on : notes.costs.chosen.includes(candidate),
    );
    onChange({ costs: { ...notes.costs, chosen } });
  };

  const submit = (event: { preventDefault(): void }): void => {
    event.preventDefault();
    if (finished !== '') onChange({ status: finished === 'yes' ? 'done' : 'in-progress' });
    onFinished();
  };

  return (
    <section aria-labelledby="prepare-heading" className="section-view">
      <p>
        <a href="#areas">Back to the list</a>
      </p>
      <div className="section-view__heading">
        <FilePicture pictures={pictures} name={CARER_PART.picture} className="plan-picture" />
        <h2 id="prepare-heading" tabIndex={-1} ref={heading}>
          {CARER_PART.title}
        </h2>
      </div>
      <div className="easy-read section-intro">
        <p>This part is about a family member or friend who helps you.</p>
        <p>They are called your carer. Helping you is not their job.</p>
        <p>You can skip any question.</p>
      </div>
      <form noValidate onSubmit={submit}>
        {written('whatTheyDo')}
        {written('howOften')}
        <fieldset className="field prepare-ways" aria-describedby={id('costs-hint')}>
          <legend>{CARER_QUESTIONS.costs.question}</legend>
          <div className="hint" id={id('costs-hint')}>
            {CARER_QUESTIONS.costs.hint}
          </div>
          {CARER_COSTS.map((cost) => (
            <PicturePoint name={cost.picture} key={cost.id}>
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={id(`cost-${cost.id}`)}
                  checked={notes.costs.chosen.includes(cost.id)}
                  onChange={(event) => toggleCost(cost.id, event.target.checked)}
                  aria-describedby={id(`cost-${cost.id}-hint`)}
                />
                <label htmlFor={id(`cost-${cost.id}`)}>{cost.label}</label>
                <div className="hint" id={id(`cost-${cost.id}-hint`)}>
                  {cost.example}
                </div>
              </div>
            </PicturePoint>
          ))}
        </fieldset>
        <PicturePoint name={CARER_QUESTIONS.costsWords.picture}>
          <TextArea
            id={id('costs-words')}
            label={CARER_QUESTIONS.costsWords.question}
            hint={CARER_QUESTIONS.costsWords.hint}
            value={notes.costs.words}
            maxLength={MAX_TEXT_LENGTH}
            onChange={(words) => onChange({ costs: { ...notes.costs, words } })}
          />
          <NotSure
            id={id('costs-not-sure')}
            question={CARER_QUESTIONS.costsWords.question}
            value={notes.costs.notSure}
            onChange={(notSure) => onChange({ costs: { ...notes.costs, notSure } })}
          />
        </PicturePoint>
        <div className="easy-read prepare-carer-right">
          <h3>Your carer’s own right</h3>
          <PicturePoint name="assessment">
            {CARER_RIGHT_INTRO.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            {CARER_RIGHT.england.map((sentence) => (
              <p key={sentence} data-region="england">
                {sentence}
              </p>
            ))}
            {CARER_RIGHT.scotland.map((sentence) => (
              <p key={sentence} data-region="scotland">
                {sentence}
              </p>
            ))}
          </PicturePoint>
        </div>
        <PicturePoint name={FINISHED.picture}>
          <FinishedQuestion
            question={CARER_FINISHED_QUESTION}
            name={id('finished')}
            idStart={id('finished')}
            answer={finished}
            onAnswer={setFinished}
          />
        </PicturePoint>
        <button type="submit" className="button">
          Save and go back to the list
        </button>
      </form>
    </section>
  );
}
