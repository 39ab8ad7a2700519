/*
 * One area of life on its own view: what it is about, with examples, then the plain questions
 * (lib/prepare/questions), "Have you finished this area?" and a button back to the list (GOV.UK
 * task list pattern, as the planner's parts). Every question can be skipped; "I do not know" and
 * "Ask me at the meeting" are answers. Words are saved as they are typed.
 */
import { FinishedQuestion, type FinishedAnswer } from '../FinishedQuestion';
import { useEffect, useRef, useState } from 'react';
import { HARD_WAYS, type Area, type HardWayId } from '../../../lib/prepare/areas';
import {
  IS_HARD_ANSWERS,
  IS_HARD_LABELS,
  type AreaNotes,
  type WrittenAnswer,
} from '../../../lib/prepare/notes';
import { MAX_TEXT_LENGTH } from '../../../lib/plan/limits';
import { AREA_QUESTIONS, FINISHED, TELL_US_MORE } from '../../../lib/prepare/questions';
import { FilePicture, PicturePoint, type IslandPictures } from '../FilePicture';
import { TextArea } from '../form/TextArea';
import { NotSure } from './NotSure';

interface AreaViewProps {
  area: Area;
  notes: AreaNotes;
  pictures: IslandPictures;
  onChange: (change: Partial<AreaNotes>) => void;
  onFinished: () => void;
  /** True once the person has moved around the tool: the heading then takes focus. */
  moved: boolean;
}

type WrittenKey = 'badDay' | 'whoHelps' | 'better';

export function AreaView({ area, notes, pictures, onChange, onFinished, moved }: AreaViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [finished, setFinished] = useState<FinishedAnswer>(notes.status === 'done' ? 'yes' : '');
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved]);
  useEffect(() => {
    document.title = `${area.title} - Get ready for your assessment - Open ISF`;
  }, [area.title]);

  const id = (name: string): string => `prepare-${area.id}-${name}`;

  const written = (key: WrittenKey) => {
    const question = AREA_QUESTIONS[key];
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

  const toggleWay = (way: HardWayId, on: boolean): void => {
    const chosen = HARD_WAYS.map((candidate) => candidate.id).filter((candidate) =>
      candidate === way ? on : notes.hardWays.chosen.includes(candidate),
    );
    onChange({ hardWays: { ...notes.hardWays, chosen } });
  };

  const submit = (event: { preventDefault(): void }): void => {
    event.preventDefault();
    if (finished !== '') onChange({ status: finished === 'yes' ? 'done' : 'in-progress' });
    onFinished();
  };

  return (
    <section aria-labelledby="prepare-heading" className="section-view">
      <p>
        <a href="#areas">Back to the list of areas</a>
      </p>
      <div className="section-view__heading">
        <FilePicture pictures={pictures} name={area.picture} className="plan-picture" />
        <h2 id="prepare-heading" tabIndex={-1} ref={heading}>
          {area.title}
        </h2>
      </div>
      <div className="easy-read section-intro">
        {area.explanation.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <p>For example:</p>
        <ul>
          {area.examples.map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
        <p>You can skip any question.</p>
      </div>
      <form noValidate onSubmit={submit}>
        <PicturePoint name={AREA_QUESTIONS.isHard.picture}>
          <fieldset className="field" aria-describedby={id('isHard-hint')}>
            <legend>{AREA_QUESTIONS.isHard.question}</legend>
            <div className="hint" id={id('isHard-hint')}>
              {AREA_QUESTIONS.isHard.hint}
            </div>
            <div className="radios">
              {IS_HARD_ANSWERS.map((answer) => (
                <div className="radio" key={answer}>
                  <input
                    type="radio"
                    id={id(`isHard-${answer}`)}
                    name={id('isHard')}
                    value={answer}
                    checked={notes.isHard === answer}
                    onChange={() => onChange({ isHard: answer })}
                  />
                  <label htmlFor={id(`isHard-${answer}`)}>{IS_HARD_LABELS[answer]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </PicturePoint>
        {written('badDay')}
        <fieldset className="field prepare-ways" aria-describedby={id('hardWays-hint')}>
          <legend>{AREA_QUESTIONS.hardWays.question}</legend>
          <div className="hint" id={id('hardWays-hint')}>
            {AREA_QUESTIONS.hardWays.hint}
          </div>
          {HARD_WAYS.map((way) => (
            <PicturePoint name={way.picture} key={way.id}>
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={id(`way-${way.id}`)}
                  checked={notes.hardWays.chosen.includes(way.id)}
                  onChange={(event) => toggleWay(way.id, event.target.checked)}
                  aria-describedby={id(`way-${way.id}-hint`)}
                />
                <label htmlFor={id(`way-${way.id}`)}>{way.question}</label>
                <div className="hint" id={id(`way-${way.id}-hint`)}>
                  {way.example}
                </div>
              </div>
            </PicturePoint>
          ))}
        </fieldset>
        <PicturePoint name={TELL_US_MORE.picture}>
          <TextArea
            id={id('hardWays-words')}
            label={TELL_US_MORE.question}
            hint={TELL_US_MORE.hint}
            value={notes.hardWays.words}
            maxLength={MAX_TEXT_LENGTH}
            onChange={(words) => onChange({ hardWays: { ...notes.hardWays, words } })}
          />
          <NotSure
            id={id('hardWays-not-sure')}
            question={TELL_US_MORE.question}
            value={notes.hardWays.notSure}
            onChange={(notSure) => onChange({ hardWays: { ...notes.hardWays, notSure } })}
          />
        </PicturePoint>
        {written('whoHelps')}
        {written('better')}
        <PicturePoint name={FINISHED.picture}>
          <FinishedQuestion
            question={FINISHED.question}
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
