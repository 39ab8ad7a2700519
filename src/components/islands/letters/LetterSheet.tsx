/*
 * A letter to the council drawn as a page: the same sheet shows on screen as the person types
 * and is the only thing printed. Every word is React text, so nothing typed is read as markup.
 */
import type { Letter } from '../../../lib/letters/letter';

export function LetterSheet({ letter }: { letter: Letter }) {
  return (
    <div className="letter-sheet">
      <div className="letter-sheet__from">
        {letter.fromLines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
        <p>{letter.dateText}</p>
      </div>
      <div className="letter-sheet__to">
        {letter.toLines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
      <p>{letter.greeting}</p>
      <p className="letter-sheet__subject">
        <strong>{letter.subject}</strong>
      </p>
      {letter.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <p className="letter-sheet__closing">{letter.closing}</p>
      <p>{letter.signature}</p>
    </div>
  );
}
