/*
 * The whole plan written with the keyboard alone on a 320 pixel wide screen, with no
 * accessibility problems in any part once it has words in it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '../../src/lib/plan';
import { launchBrowser } from './support/browser';
import { PlanPage } from './pages/PlanPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  label: string;
  text: string;
  inputMode: string;
}

const DATE_BOXES: Readonly<Record<string, string>> = { Day: '1', Month: '6', Year: '2027' };

const ADD_BUTTONS = ['Add a goal', 'Add a person', 'Add something your budget pays for'];

describe('writing a plan with the keyboard alone at 320 pixels wide', () => {
  it('fills in and finishes all 9 parts, with no accessibility problems', async () => {
    const { site, plan } = await PlanPage.open(browser, '', { width: 320, height: 800 });
    const { page } = site;
    const focused = (): Promise<Focused> =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return {
          tag: element?.tagName.toLowerCase() ?? '',
          type: element?.getAttribute('type') ?? '',
          name: element?.getAttribute('name') ?? '',
          value: element?.value ?? '',
          checked: element?.checked ?? false,
          label: element?.labels?.[0]?.textContent?.trim() ?? '',
          text: element?.textContent?.trim() ?? '',
          inputMode: element?.getAttribute('inputmode') ?? '',
        };
      });
    const tabTo = async (matches: (element: Focused) => boolean): Promise<void> => {
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press('Tab');
        if (matches(await focused())) return;
      }
      throw new Error('Could not reach the control with the Tab key');
    };

    try {
      await tabTo((element) => element.text === 'Start a new plan');
      await page.keyboard.press('Enter');
      await plan.page.getByRole('link', { name: 'About me' }).waitFor();

      for (const section of PLAN_SECTIONS) {
        await tabTo((element) => element.tag === 'a' && element.text === section.title);
        await page.keyboard.press('Enter');
        await page.locator('#planner-heading', { hasText: section.title }).waitFor();
        const pressed = new Set<string>();
        let finished = false;
        for (let presses = 0; presses < 200 && !finished; presses += 1) {
          await page.keyboard.press('Tab');
          const element = await focused();
          if (element.tag === 'input' && element.inputMode === 'numeric') {
            // The day, month and year boxes of a date: 1 June 2027.
            if (element.value === '') await page.keyboard.type(DATE_BOXES[element.label] ?? '');
          } else if (
            element.tag === 'textarea' ||
            (element.tag === 'input' && element.type === 'text')
          ) {
            if (element.value === '') {
              await page.keyboard.type(
                element.inputMode === 'decimal' ? '1,250.50' : `About ${element.label}`,
              );
            }
          } else if (element.tag === 'input' && element.type === 'checkbox') {
            if (!element.checked) await page.keyboard.press('Space');
          } else if (element.type === 'radio' && element.name === 'budget-source') {
            // "I do not know it yet" (the last choice) starts chosen: go up 1 to "I will type it in".
            if (element.label !== 'I will type it in') await page.keyboard.press('ArrowUp');
            expect((await focused()).label).toBe('I will type it in');
          } else if (element.type === 'radio' && element.name === 'finished') {
            if (element.label !== 'Yes, it is done') await page.keyboard.press('ArrowUp');
            else if (!element.checked) await page.keyboard.press('Space');
            expect((await focused()).checked).toBe(true);
          } else if (element.tag === 'button' && ADD_BUTTONS.includes(element.text)) {
            if (!pressed.has(element.text)) {
              pressed.add(element.text);
              await page.keyboard.press('Enter');
              await page.waitForTimeout(100);
            }
          } else if (element.tag === 'button' && element.text === 'Save and go back to the list') {
            expect(await site.horizontalOverflow()).toBe(0);
            expect(await site.axeViolations()).toEqual([]);
            await page.keyboard.press('Enter');
            finished = true;
          }
        }
        expect(finished).toBe(true);
        await page.getByRole('link', { name: 'About me' }).waitFor();
        expect(await plan.sectionStatus(section.title)).toBe('Done');
      }

      expect(await page.getByText('You have finished 9 of 9 parts.').count()).toBe(1);
      await plan.waitForSaved();
      await page.reload();
      await plan.ready();
      for (const section of PLAN_SECTIONS)
        expect(await plan.sectionStatus(section.title)).toBe('Done');
      await plan.openSection('How I will use my budget');
      expect(await plan.field('What it costs each time').inputValue()).toBe('1250.50');
      expect(await page.locator('.spending-totals').innerText()).toContain(
        'That uses all of your budget.',
      );
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
