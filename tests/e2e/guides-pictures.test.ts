/*
 * The guides' pictures in real Chromium: every easy-read point has its registry picture
 * on the left, big enough to carry the idea (96px on a computer, 64px on a phone), and on a
 * phone the first point starts on the first screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PICTURES } from '../../src/lib/pictures/registry';
import { launchBrowser } from './support/browser';
import { listBuiltPages } from './support/built-site';
import { SitePage } from './pages/SitePage';

const guidePages = listBuiltPages().filter(
  (path) => path.startsWith('/guides/') && path !== '/guides/',
);
const registryAlts = new Set<string>(Object.values(PICTURES).map((picture) => picture.alt));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface PointPicture {
  alt: string;
  width: number;
  left: number;
  wordsLeft: number;
}

async function pointPictures(sitePage: SitePage): Promise<PointPicture[]> {
  return sitePage.page.locator('[data-point]:has(.easy-read-row)').evaluateAll((points) =>
    points
      .filter((point) => (point as HTMLElement).offsetParent !== null)
      .map((point) => {
        const image = point.querySelector('img');
        const words = point.querySelector('.easy-read-row__words');
        return {
          alt: image?.alt ?? '',
          width: image?.getBoundingClientRect().width ?? 0,
          left: image?.getBoundingClientRect().left ?? 0,
          wordsLeft: words?.getBoundingClientRect().left ?? 0,
        };
      }),
  );
}

describe('the pictures beside each guide point', () => {
  it('finds the guides', () => {
    expect(guidePages.length).toBeGreaterThan(10);
  });

  for (const [width, smallest] of [
    [1280, 96],
    [320, 64],
  ] as const) {
    it(`draws a registry picture at least ${smallest}px wide on the left of every point, ${width}px wide`, async () => {
      const sitePage = await SitePage.open(browser, guidePages[0] ?? '/', { width, height: 800 });
      try {
        for (const path of guidePages) {
          await sitePage.goto(path);
          const pictures = await pointPictures(sitePage);
          expect(pictures.length, path).toBeGreaterThan(0);
          for (const picture of pictures) {
            expect(registryAlts.has(picture.alt), `${path}: "${picture.alt}"`).toBe(true);
            expect(picture.width, path).toBeGreaterThanOrEqual(smallest);
            expect(picture.left, path).toBeLessThan(picture.wordsLeft);
          }
        }
      } finally {
        await sitePage.close();
      }
    });
  }

  it('starts the first point on the first screen of a 320 by 640 phone', async () => {
    const sitePage = await SitePage.open(browser, guidePages[0] ?? '/', {
      width: 320,
      height: 640,
    });
    try {
      for (const path of guidePages) {
        await sitePage.goto(path);
        const top = await sitePage.page
          .locator('[data-point]')
          .first()
          .evaluate((point) => point.getBoundingClientRect().top);
        // At least the first line of its words shows.
        expect(top, path).toBeLessThan(640 - 32);
      }
    } finally {
      await sitePage.close();
    }
  });
});
