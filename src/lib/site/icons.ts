/*
 * Reads a picture from the Tabler icon set (MIT licence) at build time, so every
 * picture is inline SVG and the site makes no request for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ICON_FOLDER = join(process.cwd(), 'node_modules', '@tabler', 'icons', 'icons', 'outline');
const cache = new Map<string, string>();

/** Thrown at build time when a page asks for a picture the set does not have. */
export class UnknownIconError extends Error {
  constructor(name: string) {
    super(`There is no picture called "${name}" in the Tabler outline set.`);
    this.name = 'UnknownIconError';
  }
}

/**
 * The inner SVG markup (paths only) of a Tabler outline icon, without its invisible
 * bounding-box path. Names are checked so a path outside the icon folder is never read.
 */
export function readIconSvg(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!/^[a-z0-9-]+$/.test(name)) throw new UnknownIconError(name);
  let source: string;
  try {
    source = readFileSync(join(ICON_FOLDER, `${name}.svg`), 'utf8');
  } catch {
    throw new UnknownIconError(name);
  }
  const inner = source
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/, '')
    .replace(/\s+/g, ' ')
    .trim();
  cache.set(name, inner);
  return inner;
}
