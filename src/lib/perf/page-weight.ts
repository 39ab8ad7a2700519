/*
 * Weighs a built page the way a browser loads it: the HTML, then every script, module
 * preload, island, stylesheet and picture it names, then every chunk those scripts import
 * statically. Dynamic `import()` is left out: it loads only when used (issue 8). Sizes come
 * from a `Compressor`, so this file needs no Node and can be tested with any bytes.
 */
import {
  budgetForPage,
  exceptionFor,
  EXCEPTIONS,
  KB,
  type BudgetException,
  type Measure,
  type PageBudget,
} from './budgets';

/** What a loaded file is, for the budgets. HTML counts inline SVG; CSS counts inline styles. */
export type FileKind = 'html' | 'js' | 'css' | 'picture' | 'other';

/** Compressed sizes in bytes. */
export interface Compressor {
  gzip(bytes: Uint8Array): number;
  brotli(bytes: Uint8Array): number;
}

/** Reads a built file by its path on the site ("/_astro/a.js"); undefined when there is none. */
export type SiteReader = (urlPath: string) => Uint8Array | undefined;

/** One file the page loads, with its sizes in bytes. */
export interface LoadedFile {
  /** The path on the site, or "(inline scripts)" and "(inline styles)" for code in the HTML. */
  readonly path: string;
  readonly kind: FileKind;
  readonly bytes: number;
  readonly gzip: number;
  readonly brotli: number;
  /** The name of the framework whose code this file holds, if any. */
  readonly framework: string | undefined;
}

/** Sizes in bytes of every file of one kind. */
export interface Totals {
  readonly bytes: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Everything a page loads at first, and what it can load later. */
export interface PageWeight {
  readonly page: string;
  readonly files: readonly LoadedFile[];
  /** Scripts loaded only by dynamic import(), not counted in the budgets. */
  readonly loadedLater: readonly string[];
  /** Files the page names that are not in the build. */
  readonly missing: readonly string[];
}

/** The names of the places in a page's HTML that load something. */
export interface PageReferences {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
  readonly pictures: readonly string[];
  readonly others: readonly string[];
  readonly inlineScripts: readonly string[];
  readonly inlineStyles: readonly string[];
  /** The HTML with the text of inline scripts and styles taken out (they are weighed apart). */
  readonly htmlWithoutInlineCode: string;
}

const PICTURE = /\.(svg|png|jpe?g|gif|webp|avif|ico)$/i;
const SCRIPT = /\.(m?js)$/i;
const STYLE = /\.css$/i;

/** Signs of framework code in a script, by framework. Minifiers keep these strings. */
const FRAMEWORK_MARKERS: readonly (readonly [string, RegExp])[] = [
  [
    'React',
    /@license React|react\.dev\/errors\/|Symbol\.for\(["']react\.(?:transitional\.)?element["']\)/,
  ],
  ['Preact', /__PREACT_DEVTOOLS__/],
  ['Vue', /__VUE_OPTIONS_API__|__VUE_PROD_DEVTOOLS__/],
  ['Svelte', /svelte\/internal|__svelte/],
  ['Astro islands', /customElements\.define\(["']astro-island["']/],
];

/** The framework whose code a script holds, or undefined. */
export function frameworkIn(code: string): string | undefined {
  return FRAMEWORK_MARKERS.find(([, marker]) => marker.test(code))?.[0];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function firstOfSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function byExtension(url: string): 'scripts' | 'styles' | 'pictures' | 'others' {
  const path = url.split(/[?#]/)[0] ?? url;
  if (SCRIPT.test(path)) return 'scripts';
  if (STYLE.test(path)) return 'styles';
  if (PICTURE.test(path)) return 'pictures';
  return 'others';
}

/**
 * Finds what a page's HTML loads: `<script src>`, `<link rel="modulepreload">`, Astro island
 * components and renderers, `<link rel="stylesheet">`, icons, `<img>` and `<source>`
 * pictures (not those with `loading="lazy"`), and the text of inline scripts and styles. JSON data scripts are left in the HTML.
 */
export function findPageReferences(html: string): PageReferences {
  const found = {
    scripts: [] as string[],
    styles: [] as string[],
    pictures: [] as string[],
    others: [] as string[],
  };
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  const add = (list: keyof typeof found, url: string | undefined): void => {
    if (url && !found[list].includes(url)) found[list].push(url);
  };

  const htmlWithoutInlineCode = html
    .replace(
      /(<script\b([^>]*)>)([\s\S]*?)(<\/script>)/gi,
      (whole, open: string, attrs: string, body: string, close: string) => {
        if (attribute(open, 'src') !== undefined) return whole;
        const type = attribute(attrs, 'type')?.toLowerCase();
        if (type !== undefined && type !== 'module' && type !== 'text/javascript') return whole;
        if (body.trim() !== '') inlineScripts.push(body);
        return `${open}${close}`;
      },
    )
    .replace(
      /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
      (_whole, open: string, body: string, close: string) => {
        if (body.trim() !== '') inlineStyles.push(body);
        return `${open}${close}`;
      },
    );

  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) add('scripts', attribute(tag, 'src'));
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    add('scripts', attribute(tag, 'before-hydration-url'));
    add('scripts', attribute(tag, 'renderer-url'));
    add('scripts', attribute(tag, 'component-url'));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) add('scripts', href);
    else if (rel.includes('stylesheet')) add('styles', href);
    else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add('pictures', href);
    else if (rel.includes('preload')) add(byExtension(href), href);
    else if (rel.includes('manifest')) add('others', href);
  }
  for (const [tag] of html.matchAll(/<(?:img|source|input)\b[^>]*>/gi)) {
    // A lazy picture loads only when it comes near the screen, so it is not part of what
    // the page loads at first.
    if (attribute(tag, 'loading')?.toLowerCase() === 'lazy') continue;
    const src = attribute(tag, 'src');
    if (src && !src.startsWith('data:')) add('pictures', src);
    for (const url of firstOfSrcset(attribute(tag, 'srcset') ?? '')) {
      if (!url.startsWith('data:')) add('pictures', url);
    }
  }
  return { ...found, inlineScripts, inlineStyles, htmlWithoutInlineCode };
}

/**
 * The modules a bundled script imports statically (`import x from "./a.js"`, `import "./a.js"`,
 * `export { x } from "./a.js"`), which load with it. Dynamic `import("./a.js")` is not included.
 */
export function findStaticImports(code: string): string[] {
  const specifiers: string[] = [];
  // One character class, bounded, so the search stays linear on any minified code.
  const pattern =
    /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]{0,4000}?from\s*)?["']([^"'\n]+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1];
    if (specifier && !specifiers.includes(specifier)) specifiers.push(specifier);
  }
  return specifiers;
}

/** The modules a script loads with `import("...")` when something happens. */
export function findDynamicImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g)) {
    const specifier = match[1];
    if (specifier && !specifiers.includes(specifier)) specifiers.push(specifier);
  }
  return specifiers;
}

/** The files a stylesheet loads with `url(...)` and `@import`. */
export function findCssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(
    /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+["']([^"']+)["']/g,
  )) {
    const url = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    if (url !== '' && !url.startsWith('data:') && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** A reference resolved to a path on this site, or undefined for another host or data: URL. */
export function resolveOnSite(fromPath: string, reference: string): string | undefined {
  if (reference.startsWith('data:') || reference.startsWith('blob:')) return undefined;
  const base = 'http://site.invalid';
  const url = new URL(reference, base + fromPath);
  if (url.origin !== base) return undefined;
  return decodeURIComponent(url.pathname);
}

const encoder = new TextEncoder();

/**
 * Weighs everything a built page loads at first. `page` is the path a browser asks for
 * ("/", "/budget/", "/404.html"), `htmlPath` its file path when that differs.
 */
export function weighPage(
  page: string,
  html: string,
  read: SiteReader,
  compressor: Compressor,
): PageWeight {
  const files: LoadedFile[] = [];
  const missing: string[] = [];
  const loadedLater: string[] = [];
  const seen = new Set<string>();
  const refs = findPageReferences(html);

  const weigh = (path: string, kind: FileKind, bytes: Uint8Array, framework?: string): void => {
    files.push({
      path,
      kind,
      bytes: bytes.byteLength,
      gzip: compressor.gzip(bytes),
      brotli: compressor.brotli(bytes),
      framework,
    });
  };
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

  weigh(page, 'html', encoder.encode(refs.htmlWithoutInlineCode));
  if (refs.inlineScripts.length > 0) {
    const code = refs.inlineScripts.join('\n');
    weigh('(inline scripts)', 'js', encoder.encode(code), frameworkIn(code));
  }
  if (refs.inlineStyles.length > 0) {
    weigh('(inline styles)', 'css', encoder.encode(refs.inlineStyles.join('\n')));
  }

  const visitScript = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) {
      missing.push(path);
      return;
    }
    const code = text(bytes);
    weigh(path, 'js', bytes, frameworkIn(code));
    for (const specifier of findStaticImports(code)) {
      const target = resolveOnSite(path, specifier);
      if (target) visitScript(target);
    }
    for (const specifier of findDynamicImports(code)) {
      const target = resolveOnSite(path, specifier);
      // Only files in the build: messages in library code can mention import("./x") too.
      if (target && !loadedLater.includes(target) && read(target)) loadedLater.push(target);
    }
  };
  const visitFile = (path: string, kind: FileKind): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) {
      missing.push(path);
      return;
    }
    weigh(path, kind, bytes);
    if (kind === 'css') {
      for (const url of findCssUrls(text(bytes))) {
        const target = resolveOnSite(path, url);
        if (target) visitFile(target, kindOf(target));
      }
    }
  };

  for (const url of refs.scripts) {
    const path = resolveOnSite(page, url);
    if (path) visitScript(path);
  }
  for (const url of refs.styles) {
    const path = resolveOnSite(page, url);
    if (path) visitFile(path, 'css');
  }
  for (const [list, kind] of [
    [refs.pictures, 'picture'],
    [refs.others, 'other'],
  ] as const) {
    for (const url of list) {
      const path = resolveOnSite(page, url);
      if (path) visitFile(path, kind === 'other' ? kindOf(path) : kind);
    }
  }
  for (const path of inlineCssUrls(refs.inlineStyles, page)) visitFile(path, kindOf(path));

  return {
    page,
    files,
    loadedLater: loadedLater.filter((path) => !seen.has(path)),
    missing,
  };
}

function inlineCssUrls(styles: readonly string[], page: string): string[] {
  return styles
    .flatMap((css) => findCssUrls(css))
    .map((url) => resolveOnSite(page, url))
    .filter((path): path is string => path !== undefined);
}

function kindOf(path: string): FileKind {
  const kind = byExtension(path);
  if (kind === 'scripts') return 'js';
  if (kind === 'styles') return 'css';
  if (kind === 'pictures') return 'picture';
  return 'other';
}

/** The sizes of a page's files of the given kinds, added up. */
export function totalOf(weight: PageWeight, kinds: readonly FileKind[]): Totals {
  return weight.files
    .filter((file) => kinds.includes(file.kind))
    .reduce(
      (sum, file) => ({
        bytes: sum.bytes + file.bytes,
        gzip: sum.gzip + file.gzip,
        brotli: sum.brotli + file.brotli,
      }),
      { bytes: 0, gzip: 0, brotli: 0 },
    );
}

/** The kinds of file each measure adds up. */
export const MEASURE_KINDS: Readonly<Record<Measure, readonly FileKind[]>> = {
  js: ['js'],
  css: ['css'],
  other: ['html', 'css', 'picture', 'other'],
};

const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
  js: 'JavaScript',
  css: 'CSS',
  other: 'HTML, CSS and pictures',
};

/** How one measure of a page compares with its budget. */
export interface BudgetCheck {
  readonly page: string;
  readonly measure: Measure;
  readonly gzip: number;
  readonly budgetGzip: number;
  /** "within": inside budget. "over": over, and failing. "held": over, but under its exception's ceiling. */
  readonly status: 'within' | 'over' | 'held';
  readonly exception: BudgetException | undefined;
  /** What a person reads when this fails or is held: the page, the files and their sizes. */
  readonly message: string;
}

/** Writes a size in bytes as kilobytes with one decimal place, like "128.6 KB". */
export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function listFiles(files: readonly LoadedFile[]): string {
  return [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((file) => `${file.path} ${formatKb(file.gzip)} (${file.gzip} bytes)`)
    .join(', ');
}

/**
 * Checks a weighed page against its budget: JavaScript, all CSS, and everything but
 * JavaScript, in gzip bytes, and no framework code where none is allowed. An exception
 * holds a page that is over budget only while it stays under the exception's ceiling.
 */
export function checkPageWeight(
  weight: PageWeight,
  budget: PageBudget = budgetForPage(weight.page),
  exceptions: readonly BudgetException[] = EXCEPTIONS,
): BudgetCheck[] {
  return (['js', 'css', 'other'] as const).map((measure) => {
    const files = weight.files.filter((file) => MEASURE_KINDS[measure].includes(file.kind));
    const gzip = totalOf(weight, MEASURE_KINDS[measure]).gzip;
    const budgetGzip =
      measure === 'js' ? budget.jsGzip : measure === 'css' ? budget.cssGzip : budget.otherGzip;
    const exception = exceptionFor(weight.page, measure, exceptions);
    const name = MEASURE_NAMES[measure];
    const sizes = `${formatKb(gzip)} gzip (${gzip} bytes)`;
    if (gzip <= budgetGzip) {
      return {
        page: weight.page,
        measure,
        gzip,
        budgetGzip,
        status: 'within',
        exception,
        message: `${weight.page}: ${name} ${sizes} is within its ${formatKb(budgetGzip)} budget`,
      };
    }
    const held = exception !== undefined && gzip <= exception.ceilingGzip;
    const limit = exception
      ? `its ${formatKb(budgetGzip)} budget and its exception's ceiling of ${formatKb(exception.ceilingGzip)}`
      : `its ${formatKb(budgetGzip)} budget`;
    return {
      page: weight.page,
      measure,
      gzip,
      budgetGzip,
      status: held ? 'held' : 'over',
      exception,
      message: held
        ? `${weight.page}: ${name} ${sizes} is OVER its ${formatKb(budgetGzip)} budget (held by an exception up to ${formatKb(exception.ceilingGzip)}, issue 8): ${listFiles(files)}`
        : `${weight.page}: ${name} ${sizes} is over ${limit}: ${listFiles(files)}`,
    };
  });
}

/** Framework code a page loads when its budget allows none, as messages naming each file. */
export function checkFrameworkCode(
  weight: PageWeight,
  budget: PageBudget = budgetForPage(weight.page),
): string[] {
  if (budget.frameworkAllowed) return [];
  return weight.files
    .filter((file) => file.framework !== undefined)
    .map(
      (file) =>
        `${weight.page}: ${file.path} (${formatKb(file.gzip)} gzip) holds ${file.framework} code, which a ${budget.kind} page must not load`,
    );
}

/** Every failure for a page: budgets exceeded, framework code, and files it names that are missing. */
export function pageWeightFailures(
  weight: PageWeight,
  budget: PageBudget = budgetForPage(weight.page),
  exceptions: readonly BudgetException[] = EXCEPTIONS,
): string[] {
  return [
    ...checkPageWeight(weight, budget, exceptions)
      .filter((check) => check.status === 'over')
      .map((check) => check.message),
    ...checkFrameworkCode(weight, budget),
    ...weight.missing.map((path) => `${weight.page}: loads ${path}, which is not in the build`),
  ];
}
