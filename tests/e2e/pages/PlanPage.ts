/*
 * A page model for the support plan drafter, used as a person would: by labels, roles and
 * the keyboard. Works with any page (a fresh context, or a persistent profile).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';
import { SitePage, type OpenOptions } from './SitePage';

export class PlanPage {
  constructor(readonly page: Page) {}

  /** Opens /plan/ (with a place after "#" when given) in a new context, and waits for the planner. */
  static async open(
    browser: Browser,
    hash = '',
    options: OpenOptions = {},
  ): Promise<{ site: SitePage; plan: PlanPage }> {
    const site = await SitePage.open(browser, `/plan/${hash ? `#${hash}` : ''}`, options);
    const plan = new PlanPage(site.page);
    await plan.ready();
    return { site, plan };
  }

  /** Goes to /plan/ in this tab and waits for the planner. */
  async goto(hash = ''): Promise<void> {
    await this.page.goto(new URL(`/plan/${hash ? `#${hash}` : ''}`, baseUrl()).href);
    await this.ready();
  }

  /** Waits until the planner has opened storage and shows a view. */
  async ready(): Promise<void> {
    // The plans list is drawn on the server, saying "Opening your plans…" until storage opens.
    await this.page.getByText('Opening your plans').waitFor({ state: 'hidden' });
    await this.page.locator('#planner-heading').waitFor();
  }

  heading(): Locator {
    return this.page.locator('#planner-heading');
  }

  /** Starts a new plan from the plans list and waits for its task list. */
  async startPlan(): Promise<string> {
    await this.page.getByRole('button', { name: 'Start a new plan' }).click();
    await this.page.getByRole('link', { name: 'About me' }).waitFor();
    return new URL(this.page.url()).hash;
  }

  /** From the plans list: opens a backup file's plan as a new plan and waits for its task list. */
  async openBackupAsNewPlan(content: string): Promise<void> {
    await this.page.getByLabel('Open a backup file').setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.page.getByRole('button', { name: 'Open it as a new plan' }).click();
    await this.page.getByRole('heading', { name: 'Take your plan with you' }).waitFor();
  }

  /** Opens a section from the task list by its title. */
  async openSection(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await this.page.locator('#planner-heading', { hasText: title }).waitFor();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** One box ("Day", "Month" or "Year") of the date whose legend is `legend`. */
  dateBox(legend: string, box: 'Day' | 'Month' | 'Year', index = 0): Locator {
    return this.page
      .getByRole('group', { name: legend, exact: true })
      .nth(index)
      .getByLabel(box, { exact: true });
  }

  /** Types a date in the 3 boxes of the date whose legend is `legend`. */
  async fillDate(legend: string, day: string, month: string, year: string): Promise<void> {
    await this.dateBox(legend, 'Day').fill(day);
    await this.dateBox(legend, 'Month').fill(month);
    await this.dateBox(legend, 'Year').fill(year);
  }

  /** What the 3 boxes of a date hold, like "24 5 2027". */
  async dateText(legend: string): Promise<string> {
    const boxes = await Promise.all(
      (['Day', 'Month', 'Year'] as const).map((box) => this.dateBox(legend, box).inputValue()),
    );
    return boxes.join(' ');
  }

  statusLine(): Locator {
    return this.page.locator('.plan-status');
  }

  /** Waits for "Saved on this device at ..." after the last change. */
  async waitForSaved(): Promise<void> {
    await this.page.locator('.plan-status__words[data-state="saved"]').waitFor({ timeout: 10_000 });
  }

  /** Presses "Save and go back to the list". */
  async finishSection(done: boolean): Promise<void> {
    await this.page
      .getByLabel(done ? 'Yes, it is done' : 'No, I will come back to it later')
      .check();
    await this.page.getByRole('button', { name: 'Save and go back to the list' }).click();
  }

  /** The status shown for a section in the task list ("Not started", "In progress", "Done"). */
  async sectionStatus(title: string): Promise<string> {
    const row = this.page.locator('.task-list__item', {
      has: this.page.getByRole('link', { name: title, exact: true }),
    });
    return (await row.locator('.task-status').innerText()).trim();
  }

  /**
   * Creates the planner's database as the first version of the site did (plain IndexedDB, not
   * the site's code) and puts `records` straight into its plans store. Run it on any page of
   * the site before the planner opens.
   */
  async seedDatabase(records: readonly unknown[]): Promise<void> {
    await this.page.evaluate(
      (seeded) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('open-isf-planner', 1);
          request.onupgradeneeded = () => {
            request.result.createObjectStore('plans', { keyPath: 'id' });
            request.result.createObjectStore('quarantine', { autoIncrement: true });
          };
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('plans', 'readwrite');
            for (const record of seeded) tx.objectStore('plans').put(record);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      records,
    );
  }

  /** The record saved on this device for a plan, exactly as IndexedDB holds it. */
  storedRecord(planId: string): Promise<Record<string, unknown> | undefined> {
    return this.page.evaluate(
      (id) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const request = indexedDB.open('open-isf-planner');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('plans').objectStore('plans').get(id);
            get.onsuccess = () => {
              db.close();
              resolve(get.result as Record<string, unknown> | undefined);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      planId,
    );
  }

  errorSummary(): Locator {
    return this.page.locator('.error-summary');
  }
}
