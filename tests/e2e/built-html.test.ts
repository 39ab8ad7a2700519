/*
 * Checks over the built HTML of every page, without a browser: valid HTML, links that
 * resolve, nothing loaded from another host, and a Content-Security-Policy in each page
 * whose hashes the _headers file also allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, listBuiltPages, readBuiltPage, resolvesInBuild } from './support/built-site';
import { parseHeadersFile } from '../../scripts/serve.mjs';

const pages = listBuiltPages();
const validator = new HtmlValidate(new FileSystemConfigLoader());
const ASTRO_ISLAND_STYLE =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
  return match?.[1] ?? '';
}

function hashesIn(policy: string): string[] {
  return [...policy.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1] ?? '');
}

describe('the built site', () => {
  it('has pages to check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  describe.each(pages)('%s', (pagePath) => {
    const html = readBuiltPage(pagePath);

    it('is valid HTML', async () => {
      // Astro writes one small <style> for its island elements where the first island
      // is, inside <body>. Browsers apply it; the HTML standard wants styles in <head>.
      const checked = html.replace(ASTRO_ISLAND_STYLE, '');
      const report = await validator.validateString(checked, `dist${pagePath}`);
      const messages = report.results.flatMap((result) =>
        result.messages.map(
          (message) => `${message.ruleId} line ${message.line}: ${message.message}`,
        ),
      );
      expect(messages).toEqual([]);
    });

    it('links only to pages and files that exist', () => {
      const internal = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]
        .filter((target) => target.startsWith('/') && !target.startsWith('//'))
        .map((target) => new URL(target, 'http://site').pathname);
      const broken = internal.filter((pathname) => !resolvesInBuild(pathname));
      expect(broken).toEqual([]);
    });

    it('loads nothing from another host', () => {
      const loaded = [
        ...[...html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="([^"]*)"/g)],
        ...[...html.matchAll(/<link\b[^>]*\shref="([^"]*)"/g)].filter(
          (match) => !/rel="canonical"/.test(match[0]),
        ),
      ].map((match) => match[1] ?? '');
      expect(loaded.filter((target) => /^(https?:)?\/\//.test(target))).toEqual([]);
      expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    });

    it('carries a Content-Security-Policy with no unsafe-inline scripts', () => {
      const policy = cspOf(html);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain('unsafe-eval');
    });

    it('has every script and style hash it needs allowed by the _headers policy too', () => {
      const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
      const headerPolicy =
        rules
          .find((rule) => rule.pattern === '/*')
          ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '';
      const missing = hashesIn(cspOf(html)).filter((hash) => !headerPolicy.includes(hash));
      expect(missing, 'Add these hashes to the Content-Security-Policy in public/_headers').toEqual(
        [],
      );
    });
  });
});

describe('the tools, drawn into the built HTML (issue 18)', () => {
  it('the calculator page holds the empty form with its labels, hints and buttons', () => {
    const html = readBuiltPage('/budget/');
    for (const words of [
      'Your support',
      'What is this support called?',
      'Hours of support each week',
      'Cost of 1 hour (£)',
      'Work out my budget',
      'The calculator is getting ready. Please wait.',
    ])
      expect(html).toContain(words);
  });

  it('the planner page holds the plans list, waiting for this device', () => {
    const html = readBuiltPage('/plan/');
    for (const words of ['Plans on this device', 'Start a new plan', 'Opening your plans'])
      expect(html).toContain(words);
  });
});
