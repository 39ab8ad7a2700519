/*
 * The pages of the built site, found from dist/ rather than a hand-kept list, so a new
 * page is checked the moment it is built.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build under test: dist/, or another folder named by OPEN_ISF_TEST_DIST (say, a second build). */
export const DIST = process.env['OPEN_ISF_TEST_DIST'] ?? 'dist';

/** Every HTML file in dist/, as the path a browser asks for ("/", "/privacy/", "/404.html"). */
export function listBuiltPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(toUrlPath(relative(DIST, path)));
    }
  };
  walk(DIST);
  return pages.sort();
}

function toUrlPath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built HTML of a page path. */
export function readBuiltPage(pagePath: string): string {
  const file = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  return readFileSync(join(DIST, file), 'utf8');
}

/** Whether a path on this site resolves to a built file (a page, a script, a picture). */
export function resolvesInBuild(pathname: string): boolean {
  const file = join(DIST, decodeURIComponent(pathname));
  try {
    const info = statSync(file);
    return info.isFile() || (info.isDirectory() && statSync(join(file, 'index.html')).isFile());
  } catch {
    return false;
  }
}
