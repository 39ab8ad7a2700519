/*
 * Reads every guide file the way the build does (YAML data at the top, Markdown below),
 * checks its data with the same zod schema, and gives it to the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { guideSchema, type GuideData } from '../../../src/lib/guides/schema';
import type { GuideForChecking } from '../../../src/lib/guides/rules';

export const GUIDE_FOLDER = join(process.cwd(), 'src', 'content', 'guides');

/** One guide file, checked by the schema. */
export interface LoadedGuide extends GuideForChecking {
  readonly data: GuideData;
}

/** Every guide, in file-name order. Throws if a file's data breaks the schema. */
export function loadGuides(): LoadedGuide[] {
  return readdirSync(GUIDE_FOLDER)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(GUIDE_FOLDER, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (match === null) throw new Error(`${name} has no data block between --- lines`);
      const result = guideSchema.safeParse(parse(match[1] ?? ''));
      const id = name.replace(/\.md$/, '');
      if (!result.success) {
        throw new Error(`guide "${id}": ${result.error.issues.map((i) => i.message).join('; ')}`);
      }
      const data = result.data;
      return {
        id,
        data,
        title: data.title,
        summary: data.summary,
        rows: data.rows,
        moreDetail: match[2] ?? '',
        glossary: data.glossary,
      };
    });
}
