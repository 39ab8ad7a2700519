import { craftedSpending } from '../../../bench/storage.bench';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FILE_TYPE,
  BACKUP_FILE_VERSION,
  InvalidPlanError,
  MAX_PROBLEMS_FOUND,
  addCostedItem,
  backupFileName,
  createEmptyPlan,
  migrate,
  planSchema,
  serialiseBackup,
  updateCostedItem,
  updateSection,
  type Plan,
} from '../../../src/lib/plan';
import { checkBackupFileSize, readBackupFile } from '../../../src/lib/plan/backup-read';

const exportedAt = new Date('2026-05-24T10:42:00.000Z');
const v1 = JSON.parse(
  readFileSync(new URL('../../fixtures/plans/v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const fixturePlan = (() => {
  const result = migrate(v1);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
})();

function fileWith(
  changes: Record<string, unknown>,
  planChanges: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    type: BACKUP_FILE_TYPE,
    version: BACKUP_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    plan: { ...v1, ...planChanges },
    ...changes,
  });
}

function kindOf(result: ReturnType<typeof readBackupFile>): string {
  return result.ok ? 'ok' : result.kind;
}

function messageOf(result: ReturnType<typeof readBackupFile>): string {
  return result.ok ? '' : result.message;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writing a backup file', () => {
  it('stamps the file with its type, version and time', () => {
    const file = JSON.parse(serialiseBackup(fixturePlan, exportedAt)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['type', 'version', 'exportedAt', 'plan']);
    expect(file['type']).toBe('isf-support-plan');
    expect(file['version']).toBe(BACKUP_FILE_VERSION);
    expect(file['exportedAt']).toBe('2026-05-24T10:42:00.000Z');
  });

  it('writes keys in the same order whatever order the plan had them in', () => {
    const shuffled = Object.fromEntries(Object.entries(fixturePlan).reverse()) as Plan;
    expect(serialiseBackup(shuffled, exportedAt)).toBe(serialiseBackup(fixturePlan, exportedAt));
  });

  it('writes amounts as strings', () => {
    let plan = addCostedItem(createEmptyPlan(exportedAt, 'p'), exportedAt, 'i');
    plan = updateCostedItem(
      plan,
      'i',
      { cost: '1500.00' as Plan['spending']['items'][number]['cost'] },
      exportedAt,
    );
    expect(serialiseBackup(plan, exportedAt)).toContain('"cost": "1500.00"');
  });

  it('refuses to write a plan that is not valid', () => {
    const plan = updateSection(
      createEmptyPlan(exportedAt),
      'aboutMe',
      { name: 'x'.repeat(5001) },
      exportedAt,
    );
    expect(() => serialiseBackup(plan, exportedAt)).toThrow(InvalidPlanError);
  });

  it('names the file after the plan with characters file systems refuse removed', () => {
    const plan = updateSection(
      createEmptyPlan(exportedAt),
      'aboutMe',
      { name: 'Sam: "A/B" <test>?' },
      exportedAt,
    );
    expect(backupFileName(plan, '2026-05-24')).toBe(
      "Support plan backup - Sam AB test's plan - 2026-05-24.json",
    );
  });
});

describe('opening a backup file', () => {
  it('opens a file it wrote, from bytes', () => {
    const result = readBackupFile(encode(serialiseBackup(fixturePlan, exportedAt)));
    expect(result.ok && result.plan).toEqual(fixturePlan);
  });

  it('opens a file with a UTF-8 byte-order mark', () => {
    const bytes = encode(`\uFEFF${serialiseBackup(fixturePlan, exportedAt)}`);
    expect(kindOf(readBackupFile(bytes))).toBe('ok');
  });

  it('opens a file with Windows line endings', () => {
    const text = serialiseBackup(fixturePlan, exportedAt).replace(/\n/g, '\r\n');
    expect(kindOf(readBackupFile(text))).toBe('ok');
  });

  it('opens a file whose plan has no format number, using the file version', () => {
    const plan: Record<string, unknown> = { ...v1 };
    delete plan['schemaVersion'];
    const text = JSON.stringify({
      type: BACKUP_FILE_TYPE,
      version: 1,
      exportedAt: exportedAt.toISOString(),
      plan,
    });
    expect(kindOf(readBackupFile(text))).toBe('ok');
  });

  it('refuses an empty file', () => {
    expect(kindOf(readBackupFile(new Uint8Array()))).toBe('empty');
    expect(kindOf(readBackupFile('  \n'))).toBe('empty');
  });

  it('refuses a 6 MB file before reading it', () => {
    const result = readBackupFile(new Uint8Array(6 * 1024 * 1024));
    expect(kindOf(result)).toBe('too-large');
    expect(messageOf(result)).toMatch(/6\.0 MB/);
  });

  it('can refuse a big file from its size alone', () => {
    expect(checkBackupFileSize(6 * 1024 * 1024)?.kind).toBe('too-large');
    expect(checkBackupFileSize(2000)).toBeNull();
  });

  it('refuses a Word document renamed .json and says what it looks like', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const result = readBackupFile(docx);
    expect(kindOf(result)).toBe('not-a-backup');
    expect(messageOf(result)).toMatch(/looks like a Word document/);
  });

  it('refuses a picture and says it is a picture', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(messageOf(readBackupFile(png))).toMatch(/looks like a picture \(PNG\)/);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect(messageOf(readBackupFile(jpeg))).toMatch(/JPEG/);
  });

  it('refuses a PDF and says it is a PDF', () => {
    expect(messageOf(readBackupFile(encode('%PDF-1.7\n...')))).toMatch(/looks like a PDF document/);
  });

  it('refuses a web page', () => {
    expect(messageOf(readBackupFile('<!doctype html><p>hi</p>'))).toMatch(/web page/);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
    expect(kindOf(readBackupFile(bytes))).toBe('not-text');
  });

  it('refuses JSON cut short at every point, each time with a message', () => {
    const text = serialiseBackup(fixturePlan, exportedAt);
    for (let end = 1; end < text.length - 2; end += 7) {
      const result = readBackupFile(text.slice(0, end));
      expect(result.ok).toBe(false);
      expect(messageOf(result)).not.toBe('');
    }
  });

  it('says the file stops part-way when the JSON is cut', () => {
    const text = serialiseBackup(fixturePlan, exportedAt);
    const result = readBackupFile(text.slice(0, text.length / 2));
    expect(kindOf(result)).toBe('broken-json');
    expect(messageOf(result)).toMatch(/stops part-way/);
  });

  it('refuses nesting 100,000 deep quickly and without crashing', () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const started = performance.now();
    const result = readBackupFile(deep);
    expect(kindOf(result)).toBe('too-deep');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a JSON file of another type', () => {
    const result = readBackupFile(fileWith({ type: 'excalidraw' }));
    expect(kindOf(result)).toBe('wrong-type');
    expect(messageOf(result)).toMatch(/"excalidraw" file/);
  });

  it('refuses JSON with no type stamp', () => {
    expect(kindOf(readBackupFile('{"hello": "world"}'))).toBe('wrong-type');
  });

  it('refuses a file from a newer version with the agreed words', () => {
    const result = readBackupFile(fileWith({ version: BACKUP_FILE_VERSION + 1 }));
    expect(kindOf(result)).toBe('newer-version');
    expect(messageOf(result)).toMatch(/^This file was made by a newer version of Open ISF/);
  });

  it('refuses a __proto__ key and pollutes nothing', () => {
    const text = fileWith({}, { aboutMe: JSON.parse('{"__proto__": {"polluted": true}}') }).replace(
      '"aboutMe":{}',
      '"aboutMe":{"__proto__":{"polluted":true}}',
    );
    const result = readBackupFile(text);
    expect(kindOf(result)).toBe('hostile-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses "constructor" and "prototype" keys', () => {
    expect(kindOf(readBackupFile(fileWith({}, { constructor: { prototype: { x: 1 } } })))).toBe(
      'hostile-key',
    );
    expect(kindOf(readBackupFile(fileWith({ prototype: {} })))).toBe('hostile-key');
  });

  it('refuses a key it does not know at the top of the file', () => {
    expect(kindOf(readBackupFile(fileWith({ extra: 1 })))).toBe('invalid');
  });

  it('refuses a key it does not know inside the plan and names it', () => {
    const result = readBackupFile(fileWith({}, { secret: 'x' }));
    expect(kindOf(result)).toBe('invalid');
    expect(messageOf(result)).toMatch(/"secret"/);
  });

  it.each([
    ['"NaN"', 'NaN'],
    ['"1e5"', '1e5'],
    ['"Infinity"', 'Infinity'],
    ['"12.345"', '12.345'],
    ['"-5.00"', '-5.00'],
  ])('refuses the amount %s and names the cost', (_label, cost) => {
    const result = readBackupFile(
      fileWith({}, { spending: { items: [{ id: 'i', cost }], flexibility: '' } }),
    );
    expect(kindOf(result)).toBe('invalid');
    expect(messageOf(result)).toMatch(/costed item 1, "Cost" is ".*", which is not an amount/);
  });

  it('refuses an amount written as a number (12.345)', () => {
    const text = fileWith(
      {},
      { spending: { items: [{ id: 'i', cost: 1 }], flexibility: '' } },
    ).replace('"cost":1', '"cost":12.345');
    const result = readBackupFile(text);
    expect(kindOf(result)).toBe('invalid');
    expect(messageOf(result)).toMatch(/"Cost" should be an amount written as text in quotes/);
  });

  it('refuses a 100,000-character field and says how long it may be', () => {
    const result = readBackupFile(fileWith({}, { title: 'x'.repeat(100_000) }));
    expect(kindOf(result)).toBe('invalid');
    expect(messageOf(result)).toMatch(
      /has 100,000 characters\. Shorten it to 5,000 characters or fewer/,
    );
  });

  it('refuses a lone surrogate with a clear message', () => {
    const text = fileWith({}, { title: 'x' }).replace('"title":"x"', '"title":"smile \\ud83d"');
    const result = readBackupFile(text);
    expect(kindOf(result)).toBe('broken-text');
    expect(messageOf(result)).toMatch(/broken characters/);
  });

  it('refuses an encoded lone surrogate in the bytes as not text', () => {
    const text = encode(fileWith({}, { title: 'x' }));
    const at = text.indexOf(0x78); // the "x"
    const bytes = new Uint8Array([...text.slice(0, at), 0xed, 0xa0, 0xbd, ...text.slice(at + 1)]);
    expect(kindOf(readBackupFile(bytes))).toBe('not-text');
  });

  it('tells the person nothing on the device has changed when a plan is invalid', () => {
    const result = readBackupFile(fileWith({}, { reviews: { nextReviewDate: '31/12/2026' } }));
    expect(messageOf(result)).toBe(
      'This backup file could not be opened. In "Checking and reviews", "Next review date" is not a real date. Write dates like 2026-05-24 (year, month, day). Nothing on this device has been changed.',
    );
  });
});

describe('a crafted backup file full of problems', () => {
  // About 1 MB: the most goals a plan may hold, each tied to 100 "goals" that are numbers, and
  // every field of every item wrong. A real plan never looks like this.
  const craftedPlan: Record<string, unknown> = {
    ...v1,
    schemaVersion: BACKUP_FILE_VERSION,
    spending: craftedSpending(),
  };
  const craftedFile = fileWith({}, craftedPlan);

  it('stops looking once it has found enough problems to show', () => {
    expect(checkBackupFileSize(encode(craftedFile).byteLength)).toBeNull();
    expect(encode(craftedFile).byteLength).toBeGreaterThan(700 * 1024);
    const checked = planSchema.safeParse(craftedPlan);
    expect(checked.success).toBe(false);
    // Without a limit, zod finds more than 100,000 problems here.
    expect(checked.success ? 0 : checked.error.issues.length).toBeLessThanOrEqual(
      MAX_PROBLEMS_FOUND,
    );
  });

  it('describes only the problems it can show', () => {
    const migrated = migrate(craftedPlan);
    expect(migrated.ok ? 0 : migrated.problems.length).toBe(MAX_PROBLEMS_FOUND);
    expect(migrated.ok ? '' : migrated.message).toMatch(/There are at least 10 more problems\.$/);
  });

  it('refuses a list far longer than allowed with one problem, without checking each entry', () => {
    const checked = planSchema.safeParse({
      ...v1,
      schemaVersion: BACKUP_FILE_VERSION,
      people: { items: Array.from({ length: 400_000 }, () => 1) },
    });
    expect(checked.success ? [] : checked.error.issues.map((issue) => issue.code)).toEqual([
      'too_big',
    ]);
  });

  it('stops looking at wrong calculator figures too', () => {
    const checked = planSchema.safeParse({
      ...v1,
      schemaVersion: BACKUP_FILE_VERSION,
      budget: {
        calculatorInputs: {
          supportLines: [],
          spending: Array.from({ length: 1000 }, () => ({ id: 1, name: 1, amount: 1 })),
        },
      },
    });
    // The few figures outside lists are still checked; without a limit there are 3,000 here.
    expect(checked.success ? 0 : checked.error.issues.length).toBeLessThan(2 * MAX_PROBLEMS_FOUND);
  });
});

describe('the words of a refused backup file', () => {
  it('lists each problem once: the list under the message leaves out the one it names', () => {
    const result = readBackupFile(
      fileWith({}, { aboutMe: { name: 1, likedAbout: 2 }, safety: { whoToCall: 3 } }),
    );
    if (result.ok) throw new Error('The file should be refused.');
    const listed = result.problems.map((problem) => problem.message);
    expect(result.message).toMatch(/There are 2 more problems\./);
    expect(listed).toHaveLength(2);
    for (const problem of listed) expect(result.message).not.toContain(problem);
  });

  it('lists at most 10 problems under the message', () => {
    const many = Object.fromEntries(
      [
        'name',
        'likedAbout',
        'mattersToMe',
        'healthAndSafety',
        'howToSupportMe',
        'howICommunicate',
      ].map((field, index) => [field, index]),
    );
    const result = readBackupFile(
      fileWith(
        {},
        {
          aboutMe: many,
          safety: { whatCouldGoWrong: 1, whatWeWillDo: 2, whoToCall: 3, backupPlan: 4 },
          decisions: { whatIDecide: 5, whatIWantHelpWith: 6 },
        },
      ),
    );
    expect(result.ok ? 0 : result.problems.length).toBe(10);
  });
});
