/*
 * The pictures in real Chromium: every easy-read point of the guides, and every easy-read row
 * of the home, privacy, not found and offline pages and of the planner, has its registry
 * picture on the left, big enough to carry the idea (96px on a computer, 64px on a phone);
 * on a phone the first point of a guide starts on the first screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '../../src/lib/plan';
import { isPictureName, PICTURES } from '../../src/lib/pictures/registry';
import { launchBrowser } from './support/browser';
import { listBuiltPages } from './support/built-site';
import { PlanPage } from './pages/PlanPage';
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

/** Each kind of easy-read row, and the words its picture stands on the left of. */
const ROWS = [
  { row: '.easy-read-row', words: '.easy-read-row__words' },
  { row: '.way-in', words: '.way-in__title' },
  { row: '.task-list__item', words: '.task-list__link' },
  { row: '.section-view__heading', words: 'h2' },
  { row: '.plan-question', words: '.plan-question__field' },
  { row: '.picture-point', words: '.picture-point__words' },
] as const;

interface RowPicture {
  kind: string;
  picture: string;
  src: string;
  alt: string;
  width: number;
  height: number;
  left: number;
  wordsLeft: number;
}

/** The picture of every easy-read row on the page that shows. */
async function rowPictures(page: Page): Promise<RowPicture[]> {
  return page.evaluate((rows) => {
    const found: RowPicture[] = [];
    for (const { row, words } of rows) {
      for (const element of document.querySelectorAll<HTMLElement>(row)) {
        if (element.offsetParent === null) continue;
        const image = element.querySelector('img');
        const box = image?.getBoundingClientRect();
        found.push({
          kind: row,
          picture: image?.dataset['picture'] ?? '',
          src: image?.src ?? '',
          alt: image?.alt ?? '',
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          left: box?.left ?? 0,
          wordsLeft: element.querySelector(words)?.getBoundingClientRect().left ?? 0,
        });
      }
    }
    return found;
  }, ROWS);
}

/** Checks every row's picture: from the registry, with its words, at least `smallest` pixels, on the left. */
function expectRegistryPictures(pictures: readonly RowPicture[], smallest: number, where: string) {
  expect(pictures.length, where).toBeGreaterThan(0);
  for (const picture of pictures) {
    const about = `${where}, ${picture.kind} "${picture.picture}"`;
    const name = picture.picture;
    expect(isPictureName(name), about).toBe(true);
    if (!isPictureName(name)) continue;
    // A way in is a link whose words say it all, so its picture is hidden from screen readers.
    expect(picture.alt, about).toBe(picture.kind === '.way-in' ? '' : PICTURES[name].alt);
    expect(picture.width, about).toBeGreaterThanOrEqual(smallest);
    expect(picture.height, about).toBe(picture.width);
    expect(picture.left, about).toBeLessThan(picture.wordsLeft);
  }
}

describe('the pictures beside every easy-read row of the pages and the planner', () => {
  // The calculator's rows include each of its questions (PicturePoint), drawn on the server.
  const pages = ['/', '/privacy/', '/404.html', '/offline/', '/plan/', '/budget/', '/prepare/'];

  for (const [width, smallest] of [
    [1280, 96],
    [320, 64],
  ] as const) {
    it(`draws a registry picture at least ${smallest}px wide on the left of every row, ${width}px wide`, async () => {
      const sitePage = await SitePage.open(browser, '/', { width, height: 800 });
      try {
        for (const path of pages) {
          await sitePage.goto(path);
          expectRegistryPictures(await rowPictures(sitePage.page), smallest, path);
        }
      } finally {
        await sitePage.close();
      }
    });

    it(`draws a registry picture at least ${smallest}px wide beside every part and question of a plan, ${width}px wide`, async () => {
      const { site, plan } = await PlanPage.open(browser, '', { width, height: 800 });
      const { page } = site;
      try {
        await plan.startPlan();
        const taskList = await rowPictures(page);
        expectRegistryPictures(taskList, smallest, 'the task list');
        const sources = new Set(taskList.map((picture) => picture.src));
        for (const section of PLAN_SECTIONS) {
          await plan.openSection(section.title);
          // Add one goal, thing to pay for or person, so their questions show too.
          const add = page.getByRole('button', {
            name: /^Add (a goal|something your budget pays for|a person)$/,
          });
          if ((await add.count()) > 0) {
            const questions = page.locator('.plan-question');
            const before = await questions.count();
            await add.click();
            await expect.poll(() => questions.count()).toBeGreaterThan(before);
          }
          const where = section.title;
          const pictures = await rowPictures(page);
          for (const picture of pictures) sources.add(picture.src);
          expect(
            pictures.filter((picture) => picture.kind === '.plan-question').length,
            where,
          ).toBeGreaterThan(0);
          expectRegistryPictures(pictures, smallest, where);
          await page.getByRole('link', { name: 'Back to the list of parts' }).click();
          await page.getByRole('link', { name: 'About me' }).waitFor();
        }
        // Every picture file the planner shows is in the build.
        for (const source of sources)
          expect((await page.request.get(source)).status(), source).toBe(200);
      } finally {
        await site.close();
      }
    });
  }
});
