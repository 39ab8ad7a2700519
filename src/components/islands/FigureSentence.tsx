/*
 * A sentence whose figures never break from their units across lines ("£1,400 a year" stays
 * on one line), for the printed summary where a line is short and a broken sum misleads.
 */
import { sentencePieces } from '../../lib/site/figures';

export function FigureSentence({ text }: { text: string }) {
  return (
    <>
      {sentencePieces(text).map((piece, index) =>
        piece.figure ? (
          <span className="figure-together" key={index}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
