/*
 * A broken character blocks only its own box (issue 14, finding 7). A lone surrogate, often
 * left by copying part of an emoji, cannot be saved. The other boxes go on saving, and the box
 * says how to mend it. Real Chromium, real IndexedDB.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { PlanPage } from './pages/PlanPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const NAME = 'Your name, or the name you like';
const MATTERS = 'What matters to you';

describe('a broken character in one box', () => {
  it('keeps every other box saving, and says how to mend the broken one', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      const planId = decodeURIComponent((await plan.startPlan()).replace('#plan=', ''));
      await plan.openSection('About me');
      await plan.field(NAME).fill('Sam');
      await plan.waitForSaved();

      // A lone surrogate, put in as a paste would, through the box's own value setter.
      await plan.field(NAME).evaluate((box) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(box, 'Sam \uD800');
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await expect.poll(() => plan.statusLine().innerText()).toContain('1 box is not saved.');
      expect(await plan.field(NAME).getAttribute('aria-invalid')).toBe('true');
      const nameField = page.locator('.field', { has: plan.field(NAME) });
      expect(await nameField.innerText()).toContain(
        'We cannot save this box. It has a broken character',
      );

      // Another box still saves.
      await plan.field(MATTERS).fill('Seeing my sister every week');
      await expect
        .poll(async () => (await plan.storedRecord(planId))?.['aboutMe'])
        .toMatchObject({ name: 'Sam', mattersToMe: 'Seeing my sister every week' });
      await expect
        .poll(() => plan.statusLine().innerText())
        .toContain('Everything else was saved on this device');
      expect(await site.axeViolations()).toEqual([]);

      // Mending the box saves it too, and the message goes.
      await plan.field(NAME).fill('Sam Smith');
      await plan.waitForSaved();
      expect((await plan.storedRecord(planId))?.['aboutMe']).toMatchObject({
        name: 'Sam Smith',
        mattersToMe: 'Seeing my sister every week',
      });
      expect(await plan.field(NAME).getAttribute('aria-invalid')).toBeNull();
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
