/*
 * The parts "Listen to this part" reads: the part's title, then each question with what the
 * person has written so far, as the boxes show it (lib/plan/listen), and the figures and notes
 * shown between the questions. Each marks its question or paragraph while it is read. Loaded on
 * the first press.
 */
import { questionSpeech, type ShownAnswer } from '../../../lib/plan/listen';
import { spokenText } from '../../../lib/speech/spoken';
import type { SpokenPart } from '../../../scripts/speaker';

/** What is read, in page order: item names, questions, headings, figures and notes. */
const READ = ['.plan-item > legend', '.field', 'h3', '.panel p', '.panel li', 'form > p'].join(
  ', ',
);

const words = (element: Element | null | undefined): string =>
  element instanceof HTMLElement ? element.innerText.replace(/\s+/g, ' ').trim() : '';

function labelFor(input: HTMLInputElement, within: Element): string {
  return words(within.querySelector(`label[for="${CSS.escape(input.id)}"]`));
}

/** What a question's boxes hold, as shown. */
function shownAnswer(field: Element): ShownAnswer {
  const dateBoxes = field.querySelectorAll<HTMLInputElement>('.date-input input');
  if (dateBoxes.length === 3) {
    const [day, month, year] = [...dateBoxes].map((box) => box.value);
    return { kind: 'date', day: day ?? '', month: month ?? '', year: year ?? '' };
  }
  const radios = [...field.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  if (radios.length > 0) {
    const chosen = radios.find((radio) => radio.checked);
    return { kind: 'choice', chosen: chosen ? labelFor(chosen, field) : '' };
  }
  const ticks = [...field.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  if (ticks.length > 0) {
    return {
      kind: 'choices',
      chosen: ticks.filter((tick) => tick.checked).map((tick) => labelFor(tick, field)),
    };
  }
  const list = field.querySelector('select');
  if (list !== null) return { kind: 'choice', chosen: list.selectedOptions[0]?.text ?? '' };
  const box = field.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  const text = box?.value ?? '';
  return box?.closest('.input-wrapper') ? { kind: 'money', text } : { kind: 'words', text };
}

/** A question's words: its legend, or its label. */
function questionWords(field: Element): string {
  const legend =
    field instanceof HTMLFieldSetElement ? field.querySelector(':scope > legend') : null;
  return words(legend ?? field.querySelector('label'));
}

/** Whether a paragraph is only a link (like "Change these figures"): it is not read. */
function onlyLink(element: HTMLElement): boolean {
  const links = element.querySelectorAll('a');
  return links.length === 1 && words(links[0]) === words(element);
}

/** The part's title, questions, answers and figures, from the part of the plan on screen. */
export function partParts(button: HTMLElement): SpokenPart[] {
  const view = button.closest('section');
  const form = view?.querySelector('form');
  if (!view || !form) return [];
  const title = view.querySelector<HTMLElement>('h2');
  const parts: SpokenPart[] = title ? [{ text: spokenText(words(title)), element: title }] : [];
  for (const element of form.querySelectorAll<HTMLElement>(READ)) {
    if (element.closest('.finished-question')) continue;
    if (element.matches('.field')) {
      if (element.parentElement?.closest('.field')) continue;
      const text = questionSpeech({
        question: questionWords(element),
        answer: shownAnswer(element),
      });
      const row = element.closest<HTMLElement>('.plan-question') ?? element;
      parts.push({ text, element: row });
    } else if (!element.closest('.field') && !onlyLink(element)) {
      parts.push({ text: spokenText(words(element)), element });
    }
  }
  return parts;
}
