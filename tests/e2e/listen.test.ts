/*
 * "Listen" beside each question of the tools, in real Chromium with the browser's speech
 * replaced by a recorder: it reads the question's label and hint as shown, marks the question
 * while it is read, stops on Escape, and is not shown where the browser cannot speak.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, contextWithoutSpeech, launchBrowser } from './support/browser';
import { findAxeViolations } from './support/axe';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Recorder {
  spoken: string[];
  cancelled: number;
}

/** A context whose speech is a recorder: what would be said, and how often it was stopped. */
async function recordingContext(width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    const recorder = { spoken: [] as string[], cancelled: 0, utterances: [] as Event[] };
    (window as unknown as { recorder: typeof recorder }).recorder = recorder;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (utterance: SpeechSynthesisUtterance) => {
          recorder.spoken.push(utterance.text);
          utterance.dispatchEvent(new Event('start'));
        },
        cancel: () => {
          recorder.cancelled += 1;
        },
      },
    });
  });
  return context;
}

function recorded(page: import('playwright-core').Page): Promise<Recorder> {
  return page.evaluate(() => (window as unknown as { recorder: Recorder }).recorder);
}

describe('Listen beside each question', () => {
  for (const width of [320, 1280]) {
    it(`reads the question and its hint, marks it, and stops on Escape, ${width}px wide`, async () => {
      const context = await recordingContext(width);
      const page = await context.newPage();
      try {
        await page.goto(new URL('/budget/', baseUrl()).href);
        const listen = page.getByRole('button', {
          name: 'Listen to the question: Hours of support each week',
        });
        await listen.click();
        await expect
          .poll(async () => (await recorded(page)).spoken)
          .toEqual(['Hours of support each week', 'Like 7.5, 7:30 or 7 hours 30 minutes']);
        await expect.poll(() => page.locator('.being-read').count()).toBe(1);
        expect(await page.getByRole('button', { name: 'Stop reading' }).count()).toBe(1);
        expect(await findAxeViolations(page)).toEqual([]);
        const before = (await recorded(page)).cancelled;
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.being-read').count()).toBe(0);
        expect((await recorded(page)).cancelled).toBeGreaterThan(before);
        expect(await listen.count()).toBe(1);
      } finally {
        await context.close();
      }
    });
  }

  it('works by keyboard alone', async () => {
    const context = await recordingContext(1280);
    const page = await context.newPage();
    try {
      await page.goto(new URL('/budget/', baseUrl()).href);
      // The form is drawn on the server; it takes the keyboard once its JavaScript has run.
      await page.getByText('The calculator is ready.').waitFor();
      const listen = page.getByRole('button', {
        name: 'Listen to the question: What is this support called?',
      });
      await listen.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await recorded(page)).spoken[0])
        .toBe('What is this support called?');
    } finally {
      await context.close();
    }
  });

  it('is not shown where the browser cannot speak', async () => {
    const context = await contextWithoutSpeech(browser);
    const page = await context.newPage();
    try {
      await page.goto(new URL('/budget/', baseUrl()).href);
      await page.getByLabel('Hours of support each week').first().waitFor();
      expect(await page.getByRole('button', { name: /^Listen/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
