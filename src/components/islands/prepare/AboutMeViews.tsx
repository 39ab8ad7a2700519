/*
 * "What matters to me" and "Questions I want to ask" on their own views (lib/prepare/about-me),
 * each with "Have you finished this part?" and a button back to the list, as the areas have.
 * The questions list has a limit, said kindly, and examples that are added in one press.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  cannotAddQuestion,
  EXAMPLE_QUESTIONS,
  MAX_MEETING_QUESTION_LENGTH,
  MAX_MEETING_QUESTIONS,
  QUESTIONS_PART,
  QUESTIONS_WORDS,
  tidyQuestion,
  WHAT_MATTERS_PART,
  WHAT_MATTERS_QUESTIONS,
  type NotesPart,
} from '../../../lib/prepare/about-me';
import type {
  AreaStatus,
  MeetingQuestions,
  WhatMattersNotes,
  WrittenAnswer,
} from '../../../lib/prepare/notes';
import { MAX_TEXT_LENGTH } from '../../../lib/plan/limits';
import { FINISHED } from '../../../lib/prepare/questions';
import { FilePicture, PicturePoint, type IslandPictures } from '../FilePicture';
import { FinishedQuestion, type FinishedAnswer } from '../FinishedQuestion';
import { TextArea } from '../form/TextArea';
import { NotSure } from './NotSure';

interface PartViewProps<T> {
  notes: T;
  pictures: IslandPictures;
  onChange: (change: Partial<T>) => void;
  onFinished: () => void;
  /** True once the person has moved around the tool: the heading then takes focus. */
  moved: boolean;
}

/** A part's heading, its questions, "Have you finished this part?" and the button back. */
function PartFrame({
  part,
  status,
  pictures,
  moved,
  onStatus,
  onFinished,
  intro,
  children,
}: {
  part: NotesPart<string>;
  status: AreaStatus;
  pictures: IslandPictures;
  moved: boolean;
  onStatus: (status: AreaStatus) => void;
  onFinished: () => void;
  intro: ReactNode;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [finished, setFinished] = useState<FinishedAnswer>(status === 'done' ? 'yes' : '');
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [moved]);
  useEffect(() => {
    document.title = `${part.title} - Get ready for your assessment - Open ISF`;
  }, [part.title]);
  const id = `prepare-${part.id}`;
  return (
    <section aria-labelledby="prepare-heading" className="section-view">
      <p>
        <a href="#areas">Back to the list</a>
      </p>
      <div className="section-view__heading">
        <FilePicture pictures={pictures} name={part.picture} className="plan-picture" />
        <h2 id="prepare-heading" tabIndex={-1} ref={heading}>
          {part.title}
        </h2>
      </div>
      <div className="easy-read section-intro">{intro}</div>
      {children}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (finished !== '') onStatus(finished === 'yes' ? 'done' : 'in-progress');
          onFinished();
        }}
      >
        <PicturePoint name={FINISHED.picture}>
          <FinishedQuestion
            question="Have you finished this part?"
            name={`${id}-finished`}
            idStart={`${id}-finished`}
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

export function WhatMattersView({
  notes,
  pictures,
  onChange,
  onFinished,
  moved,
}: PartViewProps<WhatMattersNotes>) {
  return (
    <PartFrame
      part={WHAT_MATTERS_PART}
      status={notes.status}
      pictures={pictures}
      moved={moved}
      onStatus={(status) => onChange({ status })}
      onFinished={onFinished}
      intro={
        <>
          <p>This part is about the life you want.</p>
          <p>The council should ask what matters to you.</p>
          <p>You can skip any question.</p>
        </>
      }
    >
      {(['goodDay', 'keepDoing', 'wantToDo'] as const).map((key) => {
        const question = WHAT_MATTERS_QUESTIONS[key];
        const answer: WrittenAnswer = notes[key];
        const id = `prepare-what-matters-${key}`;
        return (
          <PicturePoint name={question.picture} key={key}>
            <TextArea
              id={id}
              label={question.question}
              hint={question.hint}
              value={answer.words}
              maxLength={MAX_TEXT_LENGTH}
              onChange={(words) => onChange({ [key]: { ...answer, words } })}
            />
            <NotSure
              id={`${id}-not-sure`}
              question={question.question}
              value={answer.notSure}
              onChange={(notSure) => onChange({ [key]: { ...answer, notSure } })}
            />
          </PicturePoint>
        );
      })}
    </PartFrame>
  );
}

export function QuestionsView({
  notes,
  pictures,
  onChange,
  onFinished,
  moved,
}: PartViewProps<MeetingQuestions>) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const list = notes.list;
  const full = list.length >= MAX_MEETING_QUESTIONS;

  const add = (text: string): boolean => {
    const refused = cannotAddQuestion(list, text);
    if (refused !== null) {
      setProblem(refused);
      return false;
    }
    const id = `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    onChange({ list: [...list, { id, text: tidyQuestion(text) }] });
    setProblem(null);
    setSaid(`Added: ${tidyQuestion(text)}`);
    return true;
  };
  const has = (text: string): boolean => list.some((item) => item.text === text);

  return (
    <PartFrame
      part={QUESTIONS_PART}
      status={notes.status}
      pictures={pictures}
      moved={moved}
      onStatus={(status) => onChange({ status })}
      onFinished={onFinished}
      intro={QUESTIONS_WORDS.intro.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    >
      <h3 id="prepare-questions-list">Your questions</h3>
      <PicturePoint name="ask">
        {list.length === 0 ? (
          <p>{QUESTIONS_WORDS.empty}</p>
        ) : (
          <ol className="prepare-questions" aria-labelledby="prepare-questions-list">
            {list.map((item, index) => (
              <li key={item.id}>
                <TextArea
                  id={`prepare-question-${item.id}`}
                  label={`Question ${index + 1}`}
                  value={item.text}
                  maxLength={MAX_MEETING_QUESTION_LENGTH}
                  rows={2}
                  onChange={(text) =>
                    onChange({
                      list: list.map((old) => (old.id === item.id ? { ...old, text } : old)),
                    })
                  }
                />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onChange({ list: list.filter((old) => old.id !== item.id) });
                    setProblem(null);
                    setSaid(`Question ${index + 1} removed.`);
                    document.getElementById('prepare-question-new')?.focus();
                  }}
                >
                  Remove question {index + 1}
                </button>
              </li>
            ))}
          </ol>
        )}
      </PicturePoint>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {full ? (
        <div className="notice" role="status">
          <p>{QUESTIONS_WORDS.full}</p>
        </div>
      ) : (
        <>
          <PicturePoint name="write-it-down">
            <TextArea
              id="prepare-question-new"
              label={QUESTIONS_WORDS.newQuestion}
              hint={QUESTIONS_WORDS.newQuestionHint}
              value={draft}
              maxLength={MAX_MEETING_QUESTION_LENGTH}
              rows={2}
              error={problem ?? undefined}
              onChange={setDraft}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (add(draft)) setDraft('');
              }}
            >
              Add this question
            </button>
          </PicturePoint>
          <h3>Examples you can add</h3>
          <PicturePoint name="individual-service-fund">
            <p>{QUESTIONS_WORDS.isf}</p>
            <ul className="prepare-examples">
              {EXAMPLE_QUESTIONS.map((example) => (
                <li key={example}>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      if (has(example)) setSaid(`"${example}" is in your list already.`);
                      else add(example);
                    }}
                  >
                    <span className="visually-hidden">Add the question: </span>
                    {example}
                  </button>
                  {has(example) && <strong> Added</strong>}
                </li>
              ))}
            </ul>
          </PicturePoint>
        </>
      )}
    </PartFrame>
  );
}
