/*
 * Optional: opens a full plan's Word document in LibreOffice (`soffice --headless --convert-to
 * pdf`) and checks its text. Skipped, with the reason printed, when LibreOffice is not
 * installed: this is the only test in the project allowed to skip (README, "Optional check").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as docx from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { packWordDocument } from '../../../src/lib/export/docx';
import { planDocument } from '../../../src/lib/export/plan-document';
import { fullPlan } from './support/plans';

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
      const text = readFileSync(join(folder, 'Support plan - Sarah - 2026-11-24.txt'), 'utf8');
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
});
