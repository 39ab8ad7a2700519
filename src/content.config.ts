/*
 * The site's content collections. Guides are Markdown files in src/content/guides/: the
 * easy-read points are data at the top (checked by guideSchema), the body is "More detail".
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema';

/** The easy-read guides shown at /guides/. */
const guides = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/guides' }),
  schema: guideSchema,
});

export const collections = { guides };
