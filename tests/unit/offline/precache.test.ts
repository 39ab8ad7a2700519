import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  offlineBuild,
  precacheUrl,
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
