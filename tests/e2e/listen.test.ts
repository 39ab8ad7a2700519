/*
 * "Listen" in the tools, in real Chromium with the browser's speech replaced by a recorder:
 * beside each question it reads the question's label and hint as shown; "Listen to my budget"
 * reads the figures the result shows, in words; an error summary reads its problems; "Listen to
 * this part" reads a part of the plan with what is written so far. Each marks what it reads,
 * stops on Escape and on leaving, and is not shown where the browser cannot speak.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateBudget, sarahStory } from '../../src/lib/budget';
import { budgetSpeech } from '../../src/lib/calculator/listen';
import { calculatorLink } from '../../src/lib/calculator/link';
import { SECTION_GUIDES } from '../../src/lib/plan/questions';
import { spokenText } from '../../src/lib/speech/spoken';
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

/** The address of the calculator showing Sarah's figures. */
function sarahAddress(): string {
  const link = calculatorLink(sarahStory.input);
  return new URL(`/budget/${link.slice(link.indexOf('#'))}`, baseUrl()).href;
}

/** The words of the elements a locator finds, as shown. */
function shownWords(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
}

describe('Listen to my budget', () => {
  for (const width of [320, 1280]) {
    it(`reads the figures the result shows, in words, and stops on Escape, ${width}px wide`, async () => {
      const context = await recordingContext(width);
      const page = await context.newPage();
      try {
        await page.goto(sarahAddress());
        await page.getByText('The calculator is ready.').waitFor();
        const listen = page.getByRole('button', { name: 'Listen to my budget', exact: true });
        await listen.waitFor();
        // Nothing is read before a press.
        expect((await recorded(page)).spoken).toEqual([]);
        expect(await findAxeViolations(page)).toEqual([]);
        await listen.click();
        await expect.poll(async () => (await recorded(page)).spoken.length).toBeGreaterThan(10);
        const { spoken } = await recorded(page);
        expect(spoken.slice(0, 2)).toEqual([
          'Your budget is 12,480 pounds a year.',
          'That is 240 pounds a week.',
        ]);
        // The headline and each step of the working as the page shows them, said in words.
        const headline = (await shownWords(page, '.budget-result__headline'))[0] ?? '';
        expect(headline).toBe('Your budget is £12,480 a year. That is £240 a week.');
        const steps = await shownWords(page, '.budget-result .working li');
        expect(steps.length).toBeGreaterThan(4);
        for (const step of steps) expect(spoken).toContain(spokenText(step));
        expect(spoken).toContain(
          'Left: 12,480 pounds budget take away 9,500 pounds planned makes 2,980 pounds a year.',
        );
        expect(spoken).toEqual(
          budgetSpeech(calculateBudget(sarahStory.input)).map((line) => line.said),
        );
        expect(spoken.join(' ')).not.toMatch(/[£×÷=−]/);
        // The last sentence read is marked, and the button stops the reading.
        await expect.poll(() => page.locator('.budget-result .being-read').count()).toBe(1);
        expect(await page.locator('.budget-result .being-read').innerText()).toBe(
          'This is an estimate. Your council decides your budget.',
        );
        expect(await page.getByRole('button', { name: 'Stop reading' }).count()).toBe(1);
        expect(await findAxeViolations(page)).toEqual([]);
        const before = (await recorded(page)).cancelled;
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.being-read').count()).toBe(0);
        expect((await recorded(page)).cancelled).toBeGreaterThan(before);
        await listen.waitFor();
      } finally {
        await context.close();
      }
    });
  }

  it('works by keyboard alone, and stops when the result is taken away', async () => {
    const context = await recordingContext(1280);
    const page = await context.newPage();
    try {
      await page.goto(sarahAddress());
      await page.getByText('The calculator is ready.').waitFor();
      await page.getByRole('button', { name: 'Listen to my budget' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await recorded(page)).spoken[0])
        .toBe('Your budget is 12,480 pounds a year.');
      const before = (await recorded(page)).cancelled;
      await page.getByRole('button', { name: 'Start again' }).click();
      await expect.poll(async () => (await recorded(page)).cancelled).toBeGreaterThan(before);
    } finally {
      await context.close();
    }
  });
});

describe('Listen to the problems in an error summary', () => {
  const tools = [
    {
      name: 'the calculator',
      makeErrors: async (page: Page) => {
        await page.goto(new URL('/budget/', baseUrl()).href);
        await page.getByText('The calculator is ready.').waitFor();
        await page.getByLabel('Hours of support each week').first().fill('lots');
        await page.getByRole('button', { name: 'Work out my budget' }).click();
      },
    },
    {
      name: 'the planner',
      makeErrors: async (page: Page) => {
        await page.goto(new URL('/plan/', baseUrl()).href);
        await page.getByRole('button', { name: 'Start a new plan' }).click();
        await page.getByRole('link', { name: 'My budget', exact: true }).click();
        await page.getByLabel('I will type it in').check();
        await page.getByLabel('Your budget', { exact: true }).fill('lots');
        await page.getByRole('button', { name: 'Save and go back to the list' }).click();
      },
    },
    {
      name: 'the letters',
      makeErrors: async (page: Page) => {
        await page.goto(new URL('/letters/', baseUrl()).href);
        await page.getByRole('heading', { name: 'Your letter' }).first().waitFor();
        await page.getByRole('button', { name: 'Print this letter' }).first().click();
      },
    },
  ];
  for (const tool of tools) {
    for (const width of [320, 1280]) {
      it(`reads the problems of ${tool.name} as shown, ${width}px wide`, async () => {
        const context = await recordingContext(width);
        const page = await context.newPage();
        try {
          await tool.makeErrors(page);
          const summary = page.locator('.error-summary');
          await summary.waitFor();
          const problems = await shownWords(page, '.error-summary li');
          expect(problems.length).toBeGreaterThan(0);
          const listen = summary.getByRole('button', { name: 'Listen to the problems' });
          expect(await findAxeViolations(page)).toEqual([]);
          await listen.click();
          await expect
            .poll(async () => (await recorded(page)).spoken)
            .toEqual(['There is a problem', ...problems]);
          await expect.poll(() => summary.locator('.being-read').count()).toBe(1);
          expect(await findAxeViolations(page)).toEqual([]);
          await page.keyboard.press('Escape');
          await expect.poll(() => page.locator('.being-read').count()).toBe(0);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('Listen to this part of the plan', () => {
  /** Starts a plan in a recording context and opens one of its parts. */
  async function openPart(
    width: number,
    title: string,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await recordingContext(width);
    const page = await context.newPage();
    await page.goto(new URL('/plan/', baseUrl()).href);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.locator('#planner-heading', { hasText: title }).waitFor();
    return { context, page };
  }

  for (const width of [320, 1280]) {
    it(`reads the questions and what is written, and "Not written yet", ${width}px wide`, async () => {
      const { context, page } = await openPart(width, 'About me');
      try {
        const questions = SECTION_GUIDES.aboutMe.questions.map((question) => question.label);
        await page.getByLabel(questions[0] ?? '', { exact: true }).fill('Sam');
        await page
          .getByLabel(questions[1] ?? '', { exact: true })
          .fill('I am kind, and I pay £5 for tea');
        const listen = page.getByRole('button', { name: 'Listen to this part (About me)' });
        expect(await findAxeViolations(page)).toEqual([]);
        await listen.click();
        await expect.poll(async () => (await recorded(page)).spoken.length).toBeGreaterThan(2);
        const { spoken } = await recorded(page);
        expect(spoken).toEqual([
          'About me.',
          `${questions[0]}. You wrote: Sam.`,
          `${questions[1]}. You wrote: I am kind, and I pay 5 pounds for tea.`,
          ...questions.slice(2).map((question) => `${question}. Not written yet.`),
        ]);
        await expect.poll(() => page.locator('.section-view .being-read').count()).toBe(1);
        expect(await findAxeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.being-read').count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  }

  it('says an amount in pounds and a choice, and stops when the person leaves the part', async () => {
    const { context, page } = await openPart(1280, 'My budget');
    try {
      await page.getByLabel('I will type it in').check();
      await page.getByLabel('Your budget', { exact: true }).fill('1500');
      await page.getByLabel('How often', { exact: true }).selectOption({ label: 'Every week' });
      await page.getByRole('button', { name: 'Listen to this part (My budget)' }).click();
      await expect.poll(async () => (await recorded(page)).spoken.length).toBeGreaterThan(2);
      const { spoken } = await recorded(page);
      expect(spoken.slice(0, 4)).toEqual([
        'My budget.',
        'Where does your budget figure come from? You chose: I will type it in.',
        'Your budget. You wrote: 1,500 pounds.',
        'How often. You chose: Every week.',
      ]);
      const before = (await recorded(page)).cancelled;
      await page.getByRole('link', { name: 'Back to the list of parts' }).click();
      await expect.poll(async () => (await recorded(page)).cancelled).toBeGreaterThan(before);
    } finally {
      await context.close();
    }
  });
});

describe('no Listen buttons where the browser cannot speak', () => {
  it('shows none with a result, an error summary or a part of the plan', async () => {
    const context = await contextWithoutSpeech(browser);
    const page = await context.newPage();
    try {
      await page.goto(sarahAddress());
      await page.getByText('The calculator is ready.').waitFor();
      await page.locator('.budget-result__headline').waitFor();
      expect(await page.getByRole('button', { name: /^Listen/ }).count()).toBe(0);
      await page.getByLabel('Hours of support each week').first().fill('lots');
      await page.getByRole('button', { name: 'Work out my budget' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.getByRole('button', { name: /^Listen/ }).count()).toBe(0);

      await page.goto(new URL('/plan/', baseUrl()).href);
      await page.getByRole('button', { name: 'Start a new plan' }).click();
      await page.getByRole('link', { name: 'About me', exact: true }).click();
      await page.locator('#planner-heading', { hasText: 'About me' }).waitFor();
      expect(await page.getByRole('button', { name: /^Listen/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
