import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  filesLoadedBy,
  filesNeededBy,
  offlineBuild,
  precacheUrl,
  SHELL_PAGES,
  serviceWorkerSource,
  ServiceWorkerTemplateError,
} from '../../../src/lib/offline/precache';
import { offlineCopyEnabled } from '../../../src/lib/offline/switch';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const TEMPLATE =
  "const BUILD = { version: 'development', urls: [] }; // filled in at build time\nrest();\n";

describe('the files kept for use with no connection', () => {
  it.each([
    ['index.html', '/'],
    ['guides/index.html', '/guides/'],
    ['guides/the-8-steps/index.html', '/guides/the-8-steps/'],
    ['404.html', '/404.html'],
    ['_astro/client.DfokBjuf.js', '/_astro/client.DfokBjuf.js'],
    ['_astro/index.BcQLN6GB.css', '/_astro/index.BcQLN6GB.css'],
    ['_astro/_slug_.DISDIyuP.css', '/_astro/_slug_.DISDIyuP.css'],
    ['favicon.svg', '/favicon.svg'],
    ['icons/icon-192.png', '/icons/icon-192.png'],
    ['manifest.webmanifest', '/manifest.webmanifest'],
  ])('keeps %s as %s', (file, url) => {
    expect(precacheUrl(file)).toBe(url);
  });

  it.each([
    ['_headers', 'host settings'],
    ['sw.js', 'the service worker itself'],
    ['sw-kill.js', 'the kill switch'],
    ['content-assets.mjs', 'a build leftover'],
    ['collections/guides.schema.json', 'a build leftover'],
    ['.DS_Store', 'a hidden file'],
  ])('leaves out %s (%s)', (file) => {
    expect(precacheUrl(file)).toBeUndefined();
  });

  it('lists each address once, sorted', () => {
    const build = offlineBuild(
      [
        { relativePath: 'privacy/index.html', sha256: 'b' },
        { relativePath: 'index.html', sha256: 'a' },
        { relativePath: '_headers', sha256: 'c' },
      ],
      TEMPLATE,
      sha256,
    );
    expect(build.urls).toEqual(['/', '/privacy/']);
  });

  it('gives a new version when any kept file or the worker changes, and the same one otherwise', () => {
    const files = [{ relativePath: 'index.html', sha256: 'a' }];
    const version = offlineBuild(files, TEMPLATE, sha256).version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(offlineBuild(files, TEMPLATE, sha256).version).toBe(version);
    expect(
      offlineBuild([{ relativePath: 'index.html', sha256: 'b' }], TEMPLATE, sha256).version,
    ).not.toBe(version);
    expect(offlineBuild(files, `${TEMPLATE}more();`, sha256).version).not.toBe(version);
    expect(
      offlineBuild([...files, { relativePath: '_headers', sha256: 'x' }], TEMPLATE, sha256).version,
    ).toBe(version);
  });
});

describe('the service worker source', () => {
  it('has the version and the addresses written in', () => {
    const source = serviceWorkerSource(TEMPLATE, { version: 'abc', urls: ['/', "/it's/"] });
    expect(source).toBe('const BUILD = {"version":"abc","urls":["/","/it\'s/"]};\nrest();\n');
  });

  it('refuses a template that lost the line to fill in', () => {
    expect(() => serviceWorkerSource('rest();', { version: 'abc', urls: [] })).toThrow(
      ServiceWorkerTemplateError,
    );
  });
});

describe('the kill switch setting', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['on', true],
    ['off', false],
    [' OFF ', false],
  ])('OPEN_ISF_OFFLINE=%j keeps an offline copy: %s', (value, enabled) => {
    expect(offlineCopyEnabled({ OPEN_ISF_OFFLINE: value })).toBe(enabled);
  });
});

describe('the files a page needs', () => {
  const SITE: Record<string, string> = {
    '/offline/':
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">' +
      '<script type="module" src="/_astro/app.js"></script><a href="/budget/">Budget</a>',
    '/_astro/app.js': 'import{x}from"./shared.js";const later=()=>import("./notice.js");',
    '/_astro/shared.js': '',
    '/_astro/notice.js': 'import"./shared.js";',
  };
  const listed = [...Object.keys(SITE), '/favicon.svg', '/_astro/a.css', '/budget/'];
  const read = (url: string): string | undefined => SITE[url];

  it('are its styles, scripts and icons and what its scripts import, not the pages it links to', () => {
    expect(filesNeededBy(['/offline/'], listed, read)).toEqual([
      '/_astro/a.css',
      '/_astro/app.js',
      '/_astro/shared.js',
      '/favicon.svg',
      '/offline/',
    ]);
  });

  it('include the code a script loads later, when asked', () => {
    expect(filesNeededBy(['/offline/'], listed, read, true)).toContain('/_astro/notice.js');
  });

  it('leave out addresses that are not built files', () => {
    expect(filesLoadedBy('/offline/', '<script src="/elsewhere.js"></script>')).toEqual([
      '/elsewhere.js',
    ]);
    expect(filesNeededBy(['/offline/'], ['/offline/'], () => SITE['/offline/'])).toEqual([
      '/offline/',
    ]);
  });

  it('start with the "not saved yet" and "not found" pages for the worker’s shell', () => {
    expect(SHELL_PAGES).toEqual(['/offline/', '/404.html']);
  });
});
