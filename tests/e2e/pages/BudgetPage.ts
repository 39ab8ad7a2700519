/*
 * A page model for the budget calculator, used as a person would: by labels, roles and
 * the keyboard.
 */
import type { Browser, Locator } from 'playwright-core';
import { SitePage, type OpenOptions } from './SitePage';

export class BudgetPage {
  private constructor(readonly site: SitePage) {}

  /** Opens /budget/, with figures after "#" when given, and waits for the form to take input. */
  static async open(browser: Browser, hash = '', options: OpenOptions = {}): Promise<BudgetPage> {
    const site = await SitePage.open(browser, `/budget/${hash ? `#${hash}` : ''}`, options);
    const budgetPage = new BudgetPage(site);
    await budgetPage.hoursField(0).waitFor();
    await budgetPage.ready();
    // The printed summary loads once the page has settled (nothing more to fetch), so the
    // browser's own Print command prints it.
    await site.page.waitForLoadState('networkidle');
    return budgetPage;
  }

  /** Waits until the form, drawn on the server, takes input: its JavaScript has run. */
  async ready(): Promise<void> {
    await this.page.getByText('The calculator is ready.').waitFor();
  }

  get page() {
    return this.site.page;
  }

  private line(index: number): Locator {
    return this.page.locator('.support-line').nth(index);
  }

  hoursField(index: number): Locator {
    return this.line(index).getByLabel('Hours of support each week');
  }

  rateField(index: number): Locator {
    return this.line(index).getByLabel('Cost of 1 hour (£)');
  }

  nameField(index: number): Locator {
    return this.line(index).getByLabel('What is this support called?');
  }

  async fillLine(index: number, hours: string, rate: string): Promise<void> {
    await this.hoursField(index).fill(hours);
    await this.rateField(index).fill(rate);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Work out my budget' }).click();
  }

  /** "Your budget is £12,480 a year. That is £240 a week." or null when no result shows. */
  async headline(): Promise<string | null> {
    const headline = this.page.locator('.budget-result__headline');
    if ((await headline.count()) === 0) return null;
    return (await headline.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The text of the spending totals panel. */
  async spendingTotals(): Promise<string> {
    return (await this.page.locator('.spending-total').innerText()).replace(/\s+/g, ' ').trim();
  }

  errorSummary(): Locator {
    return this.page.locator('.error-summary');
  }

  /** How many A4 pages the page prints on. */
  async printedPages(): Promise<number> {
    const pdf = await this.page.pdf({ format: 'A4', preferCSSPageSize: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }

  close(): Promise<void> {
    return this.site.close();
  }
}
