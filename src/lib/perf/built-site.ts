/*
 * Node only (used by `npm test` and `npm run bench`, never by a page): reads a built site
 * from a folder such as dist/ and weighs each of its pages with Node's zlib. gzip is at
 * zlib's default level 6 and brotli at quality 11, what a static host typically sends.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { weighPage, type Compressor, type PageWeight, type SiteReader } from './page-weight';

/** gzip (level 6) and brotli (quality 11) sizes from Node's zlib. */
export const nodeCompressor: Compressor = {
  gzip: (bytes) => gzipSync(bytes, { level: 6 }).byteLength,
  brotli: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
};

/** Every HTML page in a built site, as the path a browser asks for ("/", "/privacy/", "/404.html"). */
export function listPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const urlPath = `/${relative(root, path).split(sep).join('/')}`;
        pages.push(
          urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath,
        );
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** Reads files of the built site by their path on the site. */
export function siteReader(root: string): SiteReader {
  return (urlPath) => {
    const file = join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(join(root))) return undefined;
    try {
      return new Uint8Array(readFileSync(file));
    } catch {
      return undefined;
    }
  };
}

/** Weighs one built page of the site in `root`. */
export function weighBuiltPage(
  root: string,
  page: string,
  compressor: Compressor = nodeCompressor,
): PageWeight {
  const read = siteReader(root);
  const html = read(page);
  if (!html) throw new Error(`There is no built page ${page} in ${root}.`);
  return weighPage(page, new TextDecoder().decode(html), read, compressor);
}

/** Weighs every built page of the site in `root`. */
export function weighBuiltSite(
  root: string,
  compressor: Compressor = nodeCompressor,
): PageWeight[] {
  return listPages(root).map((page) => weighBuiltPage(root, page, compressor));
}
