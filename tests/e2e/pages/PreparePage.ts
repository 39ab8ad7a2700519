/*
 * A page model for "Get ready for your assessment" (/prepare/), used as a person would: by
 * labels and roles. Answers an area or the carer's part, and takes the notes away: the printed
 * notes and the Word documents.
 */
import { expect } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { SitePage, type OpenOptions } from './SitePage';

/** The answers to one area, by what a person sees. Any may be left out. */
export interface AreaAnswers {
  /** "Yes", "Sometimes", "No", "I do not know" or "Ask me at the meeting". */
  readonly isHard?: string;
  readonly badDay?: string;
  /** The ways it is hard, by their checkbox label. */
  readonly ways?: readonly string[];
  readonly more?: string;
  readonly whoHelps?: string;
  readonly better?: string;
  /** "I do not know" or "Ask me at the meeting" under "What would make it better?". */
  readonly betterNotSure?: string;
}

/** The answers to the carer's part. */
export interface CarerAnswers {
  readonly whatTheyDo?: string;
  readonly howOften?: string;
  /** What helping costs them, by checkbox label ("Their time"). */
  readonly costs?: readonly string[];
  readonly more?: string;
}

export class PreparePage {
  constructor(readonly page: Page) {}

  /** Opens /prepare/ (with a place after "#" when given) in a new context, and waits for the list. */
  static async open(
    browser: Browser,
    hash = '',
    options: OpenOptions = {},
  ): Promise<{ site: SitePage; prepare: PreparePage }> {
    const site = await SitePage.open(browser, `/prepare/${hash}`, options);
    const prepare = new PreparePage(site.page);
    if (hash === '') await prepare.listReady();
    return { site, prepare };
  }

  /** Waits for the list of areas, once the notes are open. */
  async listReady(): Promise<void> {
    await this.page.getByText(/You have finished \d+ of 10 areas/).waitFor();
  }

  async waitForSaved(): Promise<void> {
    await this.page
      .locator('.plan-status', { hasText: /Saved on this device at \d\d:\d\d/ })
      .waitFor();
  }

  /** Waits until the box with this label holds `value`. */
  async expectValue(label: string, value: string, exact = false): Promise<void> {
    const box = this.page.getByLabel(label, { exact });
    await box.waitFor();
    await expect.poll(() => box.inputValue()).toBe(value);
  }

  /** Answers an area from the list, marks it done and goes back to the list. */
  async answerArea(title: string, answers: AreaAnswers): Promise<void> {
    const { page } = this;
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    if (answers.isHard !== undefined) {
      await page
        .getByRole('group', { name: 'Is this hard for you?' })
        .getByRole('radio', { name: answers.isHard, exact: true })
        .check();
    }
    const boxes: readonly [string, string | undefined][] = [
      ['What happens on a bad day?', answers.badDay],
      ['Tell us more about what happens', answers.more],
      ['Who helps you now, and how often?', answers.whoHelps],
      ['What would make it better?', answers.better],
    ];
    for (const [label, words] of boxes) {
      if (words !== undefined) await page.getByLabel(label, { exact: true }).fill(words);
    }
    for (const way of answers.ways ?? []) {
      await page.getByRole('checkbox', { name: way }).check();
    }
    if (answers.betterNotSure !== undefined) {
      await page
        .getByRole('group', { name: 'What would make it better? Or choose:' })
        .getByRole('radio', { name: answers.betterNotSure })
        .check();
    }
    await this.finish();
  }

  /** Answers the carer's part from the list, marks it done and goes back to the list. */
  async answerCarer(answers: CarerAnswers): Promise<void> {
    const { page } = this;
    const title = 'A family member or friend who helps you';
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    const boxes: readonly [string, string | undefined][] = [
      ['What does your family member or friend do for you?', answers.whatTheyDo],
      ['How often do they help you?', answers.howOften],
      ['Tell us more about what it costs them', answers.more],
    ];
    for (const [label, words] of boxes) {
      if (words !== undefined) await page.getByLabel(label, { exact: true }).fill(words);
    }
    for (const cost of answers.costs ?? []) {
      await page.getByRole('checkbox', { name: cost }).check();
    }
    await this.finish();
  }

  /** "Yes, it is done", then "Save and go back to the list". */
  private async finish(): Promise<void> {
    await this.page.getByRole('radio', { name: 'Yes, it is done' }).check();
    await this.page.getByRole('button', { name: 'Save and go back to the list' }).click();
    await this.listReady();
  }

  /** Presses a Word button under the list and gives back the file it downloads. */
  async downloadWord(easyRead: boolean): Promise<Download> {
    const name = easyRead
      ? 'Download in easy read, as a Word document'
      : 'Download as a Word document';
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name, exact: true }).click(),
    ]);
    await this.page.getByText('Your Word document is ready.').waitFor();
    return download;
  }

  /**
   * Presses "Print my notes (easy read)" with the browser's print dialog replaced by a counter,
   * and gives back how many times printing started.
   */
  async pressPrint(): Promise<number> {
    await this.page.evaluate(() => {
      const printed = window as unknown as { printCalls: number };
      printed.printCalls = 0;
      window.print = () => {
        printed.printCalls += 1;
      };
    });
    await this.page.getByRole('button', { name: 'Print my notes (easy read)' }).click();
    await this.page.waitForFunction(
      () => (window as unknown as { printCalls: number }).printCalls > 0,
    );
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
  }
}
