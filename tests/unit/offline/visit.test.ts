/*
 * What a page tells the offline copy's worker: the site's own files it loaded, and whether to
 * download the rest of the site (only when the person has come back and saves no data).
 */
import { describe, expect, it } from 'vitest';
import { keepMessage, ownAddresses } from '../../../src/lib/offline/visit';

const ORIGIN = 'https://open-isf.test';

describe('the files a page tells the worker to keep', () => {
  it('are this site’s own addresses, as paths, each once', () => {
    expect(
      ownAddresses(ORIGIN, [
        `${ORIGIN}/guides/the-8-steps/#point-3`,
        `${ORIGIN}/_astro/index.css`,
        `${ORIGIN}/_astro/index.css`,
        '/favicon.svg',
      ]),
    ).toEqual(['/guides/the-8-steps/', '/_astro/index.css', '/favicon.svg']);
  });

  it.each([
    ['another host', 'https://elsewhere.test/x.js'],
    ['a query string', `${ORIGIN}/budget/?hours=12`],
    ['an address that cannot be read', 'http://['],
  ])('leave out an address with %s', (_what, address) => {
    expect(ownAddresses(ORIGIN, [address])).toEqual([]);
  });
});

describe('the whole site', () => {
  const visit = { origin: ORIGIN, loaded: [`${ORIGIN}/`] };

  it('is not asked for on the first page of a first visit', () => {
    expect(keepMessage({ ...visit, cameBack: false, saveData: false })).toEqual({
      type: 'keep',
      urls: ['/'],
      fullCopy: false,
    });
  });

  it('is asked for when the person has come back', () => {
    expect(keepMessage({ ...visit, cameBack: true, saveData: false }).fullCopy).toBe(true);
  });

  it('is never asked for when the browser asks to save data', () => {
    expect(keepMessage({ ...visit, cameBack: true, saveData: true }).fullCopy).toBe(false);
  });
});
