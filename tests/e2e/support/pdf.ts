/* Reading what a printed page came to: Chromium's PDF, as bytes, and its lines as pdftotext reads them. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How many pages a PDF from `page.pdf()` has (each page is one `/Type /Page` object). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

function hasPdfToText(): boolean {
  return spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status === 0;
}

/** The PDF's lines, read by pdftotext (poppler-utils) as they are laid out on the paper. */
export function pdfLines(pdf: Buffer): string[] {
  if (!hasPdfToText()) {
    throw new Error(
      'Reading the printed lines needs "pdftotext". Install poppler-utils (for example "apt-get install poppler-utils").',
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'open-isf-pdf-'));
  try {
    const file = join(folder, 'printed.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// An amount or a count, then its unit: "£1,400 a year", "18.9 hours a week", "£20 an hour".
const FIGURE =
  /£?\d[\d,]*(?:\.\d+)?(?: (?:hours?|weeks?|months?|years?))?(?: (?:a|an|every) (?:4 weeks|week|year|month|hour|day))?/g;

/**
 * Figures broken across 2 lines of the PDF: a line that ends inside a figure ("£240 a") or on a
 * bare "£", where the next line goes on with the rest ("week.").
 */
export function splitFigures(lines: readonly string[]): string[] {
  const split: string[] = [];
  const text = lines.map((line) => line.trim());
  text.forEach((line, index) => {
    const next = text[index + 1] ?? '';
    if (line === '' || next === '') return;
    // "£33,021." then "56 a year" is a broken figure; "£960." then "4. Budget a month" is not.
    const nextGoesOnWithDigits = /^\d/.test(next) && !/^\d+\.\s/.test(next);
    // "£10,22" then "0": the line ends on an amount that is not whole yet.
    const brokenAmount = /£[\d,.]*\d$/.exec(line)?.[0];
    const endsInsideAmount =
      brokenAmount !== undefined && !/^£\d{1,3}(?:,\d{3})*(?:\.\d\d)?$/.test(brokenAmount);
    if (/£$/.test(line) || ((/\d[.,]$/.test(line) || endsInsideAmount) && nextGoesOnWithDigits)) {
      split.push(`${line} / ${next}`);
      return;
    }
    const joined = `${line} ${next}`;
    for (const match of joined.matchAll(FIGURE)) {
      if (match.index < line.length && match.index + match[0].length > line.length + 1) {
        split.push(`${line} / ${next}`);
      }
    }
  });
  return split;
}
