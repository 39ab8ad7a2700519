/*
 * Optional: opens Word documents in LibreOffice (`soffice --headless --convert-to pdf`) and
 * checks what it reads: a full plan's text; the easy-read plan and budget summary, with the
 * same parts as their prints, a picture beside each point (issue 17) and the budget as pictures
 * (issue 21); and the notes for an assessment in both styles, hostile words kept as words
 * (issue 19). Skipped, with the reason printed, when LibreOffice is not
 * installed: this is the only test in the project allowed to skip (README, "Optional check").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as docx from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { calculateBudget } from '../../../src/lib/budget/calculate';
import { budgetInputSchema } from '../../../src/lib/budget/schema';
import { budgetSummaryDocument } from '../../../src/lib/export/budget-document';
import { packWordDocument, type PictureImage } from '../../../src/lib/export/docx';
import { drawingKey, drawingsIn } from '../../../src/lib/export/drawings';
import { svgMarkup } from '../../../src/lib/pictures/svg';
import { picturesIn, type ExportDocument } from '../../../src/lib/export/model';
import { notesDocument } from '../../../src/lib/export/notes-document';
import { planDocument } from '../../../src/lib/export/plan-document';
import { printedPlan } from '../../../src/lib/export/print-plan';
import type { PictureName } from '../../../src/lib/pictures/registry';
import { HOSTILE_WORDS, hostileNotes } from './support/notes';
import { fullPlan } from './support/plans';
import { unzip } from './support/unzip';

function found(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const hasLibreOffice = found('soffice');
if (!hasLibreOffice) {
  console.info(
    'Skipping the optional LibreOffice check: "soffice" is not installed. Install LibreOffice Writer (for example "apt-get install libreoffice-writer-nogui") to run it.',
  );
}

const folder = mkdtempSync(join(tmpdir(), 'open-isf-docx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function convert(file: string, to: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      folder,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

describe('the Word document in LibreOffice (optional)', () => {
  it.skipIf(!hasLibreOffice)(
    'opens a full plan and shows its headings, table and totals',
    async () => {
      const bytes = await packWordDocument(planDocument(fullPlan(), '2026-11-24'), docx, {
        style: 'standard',
        now: new Date('2026-11-24T10:42:00.000Z'),
      });
      const file = join(folder, 'Support plan - Sarah - 2026-11-24.docx');
      writeFileSync(file, bytes);
      convert(file, 'pdf');
      const pdf = readFileSync(join(folder, 'Support plan - Sarah - 2026-11-24.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The text, from LibreOffice's own reading of the document.
      convert(file, 'txt:Text (encoded):UTF8');
      const text = readFileSync(
        join(folder, 'Support plan - Sarah - 2026-11-24.txt'),
        'utf8',
      ).replaceAll('\u00a0', ' ');
      for (const words of [
        "Sarah's plan 2026",
        'About me',
        'What I want to achieve',
        'How I will use my budget',
        'Cooking classes',
        'Planned spending a year',
        '£10,220',
        '£12,480',
        'Left a year',
        '£2,260',
        'People who help me',
        '07700 900123',
      ]) {
        expect(text).toContain(words);
      }
    },
    240_000,
  );

  // A 1 by 1 pixel PNG: the copy Word shows where it cannot draw SVG. LibreOffice shows it.
  const png = Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    ),
    (char) => char.charCodeAt(0),
  );

  /** Each picture the document draws: the site's own SVG file, and the small PNG. */
  function picturesOf(model: ExportDocument): Map<PictureName, PictureImage> {
    return new Map(
      picturesIn(model).map((name) => [
        name,
        { svg: readFileSync(join('src/assets/pictures', `${name}.svg`)), png },
      ]),
    );
  }

  /** Each drawing the document embeds (clocks, a bar): its SVG file, and the small PNG. */
  function drawingsOf(model: ExportDocument): Map<string, PictureImage> {
    return new Map(
      drawingsIn(model).map((drawing) => [
        drawingKey(drawing),
        { svg: new TextEncoder().encode(svgMarkup(drawing)), png },
      ]),
    );
  }

  /** Writes the easy-read Word document, and reads it back in LibreOffice: its text and pictures. */
  async function openEasyRead(
    model: ExportDocument,
    name: string,
  ): Promise<{ text: string; pictures: number; points: number; drawn: number }> {
    const bytes = await packWordDocument(model, docx, {
      style: 'easy-read',
      now: new Date('2026-11-24T10:42:00.000Z'),
      pictures: picturesOf(model),
      drawings: drawingsOf(model),
    });
    const file = join(folder, `${name}.docx`);
    writeFileSync(file, bytes);
    convert(file, 'pdf');
    expect(
      readFileSync(join(folder, `${name}.pdf`))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    convert(file, 'txt:Text (encoded):UTF8');
    // LibreOffice's own document keeps each picture it read as a <draw:image>.
    convert(file, 'odt');
    const content = unzip(readFileSync(join(folder, `${name}.odt`))).get('content.xml');
    const blocks = [...model.intro, ...model.sections.flatMap((section) => section.blocks)];
    return {
      // A figure's no-break spaces ("£20 an hour") read as spaces.
      text: readFileSync(join(folder, `${name}.txt`), 'utf8').replaceAll('\u00a0', ' '),
      pictures: (content?.toString('utf8').match(/<draw:image\b/g) ?? []).length,
      points: blocks.filter((block) => block.kind === 'picture-row').length,
      // Each row of clocks is 1 picture; a split is its bar, then a square and a picture a part.
      drawn: blocks.reduce(
        (count, block) =>
          count +
          (block.kind === 'budget-pictures'
            ? block.clocks.length + (block.split ? 1 + 2 * block.split.parts.length : 0)
            : 0),
        0,
      ),
    };
  }

  it.skipIf(!hasLibreOffice)(
    'opens the easy-read plan with the printed plan’s parts and a picture beside each point',
    async () => {
      const model = printedPlan(fullPlan(), '2026-11-24');
      const opened = await openEasyRead(model, 'Support plan - easy read');
      expect(model.sections).toHaveLength(9);
      for (const words of [model.title, ...model.sections.map((section) => section.title)]) {
        expect(opened.text).toContain(words);
      }
      // The budget as pictures (issue 21), in "How I will use my budget": the clocks' hours,
      // and the split that adds up to the budget.
      for (const words of ['12 hours', '2.1 hours', 'What my budget pays for, a year', '£12,480']) {
        expect(opened.text).toContain(words);
      }
      expect(opened.points).toBeGreaterThan(20);
      // 2 rows of clocks (12 hours, and the 2.1 hours what is left pays for), and a split in 2
      // parts (planned spending, left): its bar, 2 squares and 2 pictures.
      expect(opened.drawn).toBe(7);
      expect(opened.pictures).toBe(opened.points + opened.drawn);
    },
    240_000,
  );

  it.skipIf(!hasLibreOffice)(
    'opens the easy-read budget summary with the printed summary’s parts and pictures',
    async () => {
      const result = calculateBudget(
        budgetInputSchema.parse({
          supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '12', hourlyRate: '20' }],
          managementFee: { kind: 'percent', percent: '10' },
          spending: [{ id: 's', name: 'Cooking classes', amount: '1500', frequency: 'year' }],
        }),
      );
      const model = budgetSummaryDocument(result, '2026-11-24', { personName: 'Sam' });
      const opened = await openEasyRead(model, 'Budget summary - Sam');
      for (const words of [
        "Sam's budget summary",
        'What you would like to spend it on',
        'How it was worked out',
        'Your budget is £13,728 a year.',
        'Your provider keeps £1,248 a year',
        '£10,980 a year is left.',
        'Your assessment: 12 hours a week.',
        // The budget as pictures (issue 21): the clocks' hours, and the split that adds up.
        '10.5 hours',
        'What your budget pays for, a year',
        'Planned spending',
        'Left',
        '£13,728',
      ]) {
        expect(opened.text).toContain(words);
      }
      // The budget, what the provider keeps, what is left and the hours it pays for.
      expect(opened.points).toBe(4);
      // 2 rows of clocks (12 hours, and the 10.5 hours what is left pays for), and a split in
      // 3 parts (planned spending, the provider fee, left): its bar, 3 squares and 3 pictures.
      expect(opened.drawn).toBe(9);
      expect(opened.pictures).toBe(opened.points + opened.drawn);
    },
    240_000,
  );

  it.skipIf(!hasLibreOffice)(
    'opens the notes for an assessment, easy read with a picture beside each point, and standard',
    async () => {
      const easy = notesDocument(hostileNotes(), '2026-12-02', 'easy-read');
      const opened = await openEasyRead(easy, 'What I want you to know about me - easy read');
      const titles = [
        'What I want you to know about me',
        // Hard: washing, then the toilet (in the law's order), then food (sometimes hard).
        'Washing and keeping clean',
        'Using the toilet',
        'Food and drink',
        'A family member or friend who helps me',
        'Questions I want to ask',
      ];
      for (const words of [...titles, HOSTILE_WORDS, 'Ask me at the meeting.', '£45 a week']) {
        expect(opened.text).toContain(words);
      }
      // The hard areas first, in the order the document gives them.
      const at = titles.slice(1).map((title) => opened.text.indexOf(`\n${title}\n`));
      expect(at.every((index) => index > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(opened.points).toBeGreaterThan(15);
      expect(opened.pictures).toBe(opened.points);

      const bytes = await packWordDocument(
        notesDocument(hostileNotes(), '2026-12-02', 'standard'),
        docx,
        { style: 'standard', now: new Date('2026-12-02T10:42:00.000Z') },
      );
      const file = join(folder, 'What I want you to know about me.docx');
      writeFileSync(file, bytes);
      convert(file, 'txt:Text (encoded):UTF8');
      const text = readFileSync(join(folder, 'What I want you to know about me.txt'), 'utf8');
      for (const words of [...titles, HOSTILE_WORDS, 'I do not know.', 'Their time.']) {
        expect(text.replaceAll('\u00a0', ' ')).toContain(words);
      }
    },
    240_000,
  );
});
