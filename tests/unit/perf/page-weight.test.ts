/*
 * The page weight checker (issue 8): what it counts as loaded, and that it fails, naming
 * the page, the file and the size, when a page is over budget. The real build is checked
 * by tests/e2e/page-weight.test.ts; these tests check the checker.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, KB, budgetForPage, type BudgetException } from '../../../src/lib/perf/budgets';
import { listPages, weighBuiltPage } from '../../../src/lib/perf/built-site';
import {
  checkPageWeight,
  findCssUrls,
  findDynamicImports,
  findPageReferences,
  findStaticImports,
  frameworkIn,
  pageWeightFailures,
  weighPage,
  type Compressor,
  type SiteReader,
} from '../../../src/lib/perf/page-weight';

/** Sizes equal to the raw byte count, so budgets can be tested to the byte. */
const exact: Compressor = {
  gzip: (bytes) => bytes.byteLength,
  brotli: (bytes) => bytes.byteLength,
};

function siteOf(files: Record<string, string>): SiteReader {
  return (path) => (path in files ? new TextEncoder().encode(files[path]) : undefined);
}

/** A content page (no inline code) whose HTML is exactly `htmlBytes` long. */
function htmlOfLength(htmlBytes: number, head = ''): string {
  const shell = `<!DOCTYPE html><html><head>${head}</head><body></body></html>`;
  return shell.replace('<body>', `<body>${'x'.repeat(htmlBytes - shell.length)}`);
}

describe('what a page loads, from its HTML', () => {
  const html = `<!DOCTYPE html><html><head>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/_astro/site.css">
    <link rel="modulepreload" href="/_astro/shared.js">
    <link rel="canonical" href="https://example.org/">
    <style>astro-island{display:contents}</style>
    <script>window.inline = 1;</script>
    <script type="application/ld+json">{"@type":"Thing"}</script>
    <script type="module" src="/_astro/page.js"></script>
  </head><body>
    <astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js" props="{}"></astro-island>
    <img src="/pictures/a.svg" width="10" height="10" alt="">
    <img src="data:image/png;base64,AAAA" alt="">
    <img src="/pictures/below.svg" loading="lazy" width="10" height="10" alt="">
  </body></html>`;
  const refs = findPageReferences(html);

  it('finds scripts, module preloads, and the island and renderer Astro loads', () => {
    expect(refs.scripts).toEqual([
      '/_astro/page.js',
      '/_astro/client.js',
      '/_astro/Island.js',
      '/_astro/shared.js',
    ]);
  });

  it('finds stylesheets and pictures, but not the canonical link, data: or lazy pictures', () => {
    expect(refs.styles).toEqual(['/_astro/site.css']);
    expect(refs.pictures).toEqual(['/favicon.svg', '/pictures/a.svg']);
    expect(refs.others).toEqual([]);
  });

  it('takes inline scripts and styles out of the HTML, but leaves JSON data in it', () => {
    expect(refs.inlineScripts).toEqual(['window.inline = 1;']);
    expect(refs.inlineStyles).toEqual(['astro-island{display:contents}']);
    expect(refs.htmlWithoutInlineCode).not.toContain('window.inline');
    expect(refs.htmlWithoutInlineCode).toContain('"@type":"Thing"');
  });
});

describe('what a bundled script imports', () => {
  it('finds static imports in the forms a bundler writes', () => {
    const code =
      'import{R as U,r as Ue}from"./index.BSQ5xiZn.js";import"./side.js";import*as Z from"./all.js";' +
      'export{a as b}from"./re.js";const x=1;import {y} from \'./spaced.js\'';
    expect(findStaticImports(code)).toEqual([
      './index.BSQ5xiZn.js',
      './side.js',
      './all.js',
      './re.js',
      './spaced.js',
    ]);
  });

  it('reads long minified code without getting stuck', () => {
    // A search that can match "as" two ways takes exponential time on code like this.
    const code = `export ${'a as b,'.repeat(20_000)}c;import"./last.js"`;
    expect(findStaticImports(code)).toEqual(['./last.js']);
  });

  it('leaves dynamic imports out, and lists them as loaded later', () => {
    const code = 'button.onclick=()=>import("./docx.js").then(m=>m.go());import("./read-aloud.js")';
    expect(findStaticImports(code)).toEqual([]);
    expect(findDynamicImports(code)).toEqual(['./docx.js', './read-aloud.js']);
  });

  it('finds the files a stylesheet loads, but not data: URLs', () => {
    expect(
      findCssUrls('a{background:url(/p.svg)}b{background:url("q.png")}c{background:url(data:x)}'),
    ).toEqual(['/p.svg', 'q.png']);
  });

  it('recognises React and Astro island code, and not ordinary code', () => {
    expect(frameworkIn('/** @license React\n * react.production.js */')).toBe('React');
    expect(frameworkIn('throw Error("https://react.dev/errors/"+a)')).toBe('React');
    expect(frameworkIn('customElements.define("astro-island",y)')).toBe('Astro islands');
    expect(frameworkIn('document.querySelector("button").hidden=false')).toBeUndefined();
  });
});

describe('weighing a page', () => {
  const site = siteOf({
    '/_astro/page.js':
      'import{a}from"./shared.js";document.body.onclick=()=>import("./later.js");' +
      'const help="lazy(() => import(\'./MyComponent\'))"',
    '/_astro/shared.js': 'import"./deep.js";export const a=1',
    '/_astro/deep.js': 'console.log(1)',
    '/_astro/later.js': 'export const big="x"',
    '/_astro/site.css': '.a{background:url(./bg.svg)}',
    '/_astro/bg.svg': '<svg/>',
  });
  const html =
    '<html><head><link rel="stylesheet" href="/_astro/site.css">' +
    '<script type="module" src="/_astro/page.js"></script>' +
    '<link rel="modulepreload" href="/_astro/shared.js"></head><body><img src="/gone.svg" alt=""></body></html>';
  const weight = weighPage('/guides/a/', html, site, exact);

  it('counts each chunk a script imports statically, once', () => {
    expect(weight.files.map((file) => file.path)).toEqual([
      '/guides/a/',
      '/_astro/page.js',
      '/_astro/shared.js',
      '/_astro/deep.js',
      '/_astro/site.css',
      '/_astro/bg.svg',
    ]);
  });

  it('does not count a chunk loaded only by import(), but lists it (if it is in the build)', () => {
    expect(weight.loadedLater).toEqual(['/_astro/later.js']);
  });

  it('reports a file the page names that is not in the build', () => {
    expect(weight.missing).toEqual(['/gone.svg']);
    expect(pageWeightFailures(weight)).toContain(
      '/guides/a/: loads /gone.svg, which is not in the build',
    );
  });
});

describe('the budgets', () => {
  it('holds the calculator, the plan and every other page to issue 8’s and 18’s figures', () => {
    expect(budgetForPage('/budget/').jsGzip).toBe(125 * KB);
    expect(budgetForPage('/plan/').jsGzip).toBe(125 * KB);
    expect(budgetForPage('/prepare/')).toBe(BUDGETS.preparation);
    expect(budgetForPage('/prepare/').jsGzip).toBe(125 * KB);
    for (const page of ['/', '/guides/', '/guides/hard-words/', '/help/', '/404.html', '/new/']) {
      expect(budgetForPage(page)).toBe(BUDGETS.content);
    }
    for (const budget of Object.values(BUDGETS)) {
      expect(budget.cssGzip).toBe(15 * KB);
      expect(budget.otherGzip).toBe(60 * KB);
    }
    expect(BUDGETS.content).toMatchObject({ jsGzip: 5 * KB, frameworkAllowed: false });
  });

  it('passes a page exactly at its budget, and fails it one byte over', () => {
    const script = (bytes: number) => siteOf({ '/a.js': 'x'.repeat(bytes) });
    const html = '<html><head><script src="/a.js"></script></head></html>';
    const at = weighPage('/help/', html, script(5 * KB), exact);
    const over = weighPage('/help/', html, script(5 * KB + 1), exact);
    expect(pageWeightFailures(at, BUDGETS.content, [])).toEqual([]);
    expect(pageWeightFailures(over, BUDGETS.content, [])).toEqual([
      '/help/: JavaScript 5.0 KB gzip (5001 bytes) is over its 5.0 KB budget: /a.js 5.0 KB (5001 bytes)',
    ]);
  });

  it('fails a page whose HTML and pictures are over 60 KB, naming each file', () => {
    const weight = weighPage(
      '/privacy/',
      htmlOfLength(59 * KB, '<link rel="icon" href="/big.svg">'),
      siteOf({ '/big.svg': 'x'.repeat(2 * KB) }),
      exact,
    );
    const [failure] = pageWeightFailures(weight, BUDGETS.content, []);
    expect(failure).toMatch(/^\/privacy\/: HTML, CSS and pictures 61\.0 KB gzip \(61000 bytes\)/);
    expect(failure).toContain('/privacy/ 59.0 KB (59000 bytes)');
    expect(failure).toContain('/big.svg 2.0 KB (2000 bytes)');
  });

  it('fails any page whose CSS, linked and inline, is over 15 KB', () => {
    const weight = weighPage(
      '/budget/',
      '<html><head><link rel="stylesheet" href="/a.css"><style>b{}</style></head></html>',
      siteOf({ '/a.css': 'x'.repeat(15 * KB) }),
      exact,
    );
    const failures = pageWeightFailures(weight, BUDGETS.calculator, []);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\/budget\/: CSS 15\.0 KB gzip \(15003 bytes\) is over/);
    expect(failures[0]).toContain('(inline styles) 0.0 KB (3 bytes)');
  });

  it('fails a content page that loads framework code, however small', () => {
    const weight = weighPage(
      '/guides/',
      '<html><head><script type="module" src="/r.js"></script></head></html>',
      siteOf({ '/r.js': 'throw Error("https://react.dev/errors/1")' }),
      exact,
    );
    expect(pageWeightFailures(weight)).toEqual([
      '/guides/: /r.js (0.0 KB gzip) holds React code, which a content page must not load',
    ]);
    expect(pageWeightFailures({ ...weight, page: '/budget/' })).toEqual([]);
  });
});

describe('an exception for a page over budget today', () => {
  const exception: BudgetException = {
    page: '/budget/',
    measure: 'js',
    ceilingGzip: 130 * KB,
    reason: 'a test',
  };
  const html = '<html><head><script type="module" src="/a.js"></script></head></html>';
  const weigh = (bytes: number) =>
    weighPage('/budget/', html, siteOf({ '/a.js': 'x'.repeat(bytes) }), exact);

  it('holds the page while it stays under the ceiling, and still says it is over budget', () => {
    const [js] = checkPageWeight(weigh(128 * KB), BUDGETS.calculator, [exception]);
    expect(js?.status).toBe('held');
    expect(js?.message).toContain('is OVER its 125.0 KB budget');
    expect(pageWeightFailures(weigh(128 * KB), BUDGETS.calculator, [exception])).toEqual([]);
  });

  it('fails the page as soon as it grows past the ceiling (a ratchet)', () => {
    expect(pageWeightFailures(weigh(130 * KB + 1), BUDGETS.calculator, [exception])).toEqual([
      "/budget/: JavaScript 130.0 KB gzip (130001 bytes) is over its 125.0 KB budget and its exception's ceiling of 130.0 KB: /a.js 130.0 KB (130001 bytes)",
    ]);
  });

  it('does not hold a different page or measure', () => {
    const checks = checkPageWeight({ ...weigh(128 * KB), page: '/plan/' }, BUDGETS.calculator, [
      exception,
    ]);
    expect(checks[0]?.status).toBe('over');
  });
});

describe('an over-budget page built on disk, weighed with real gzip', () => {
  const root = mkdtempSync(join(tmpdir(), 'open-isf-weight-'));
  const write = (path: string, contents: string | Uint8Array): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  };
  write(
    'index.html',
    '<html><head><script type="module" src="/_astro/a.js"></script></head></html>',
  );
  write('help/index.html', '<html><head></head><body>Help</body></html>');
  write('404.html', '<html><head></head><body>Not found</body></html>');
  // Random bytes do not compress, so 8 KB of them in base64 is over the 5 KB JavaScript budget.
  write('_astro/a.js', `export const noise="${randomBytes(6000).toString('base64')}";`);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists every page a browser can ask for', () => {
    expect(listPages(root)).toEqual(['/', '/404.html', '/help/']);
  });

  it('fails, naming the page, the file and its gzip size', () => {
    const weight = weighBuiltPage(root, '/');
    const failures = pageWeightFailures(weight);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^\/: JavaScript \d+\.\d KB gzip \(\d+ bytes\) is over its 5\.0 KB budget: \/_astro\/a\.js \d+\.\d KB \(\d+ bytes\)$/,
    );
    expect(weight.files.find((file) => file.path === '/_astro/a.js')?.gzip).toBeGreaterThan(5 * KB);
  });

  it('passes a page inside its budgets', () => {
    expect(pageWeightFailures(weighBuiltPage(root, '/help/'))).toEqual([]);
  });
});
