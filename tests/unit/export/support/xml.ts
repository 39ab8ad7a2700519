/*
 * Strict XML reading for tests: the `sax` parser (already installed with Astro's svgo) in
 * strict mode with strict entities, which fails on any well-formedness error, plus a check of
 * XML 1.0's allowed characters (sax does not make one). Gives a small element tree to query.
 */
import { createRequire } from 'node:module';

/** An element: its qualified name, attributes, children and text in order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

interface SaxTag {
  name: string;
  attributes: Record<string, string>;
}

interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: SaxTag) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  write(text: string): SaxParser;
  close(): SaxParser;
}

const sax = createRequire(import.meta.url)('sax') as {
  parser(strict: boolean, options: { strictEntities: boolean }): SaxParser;
};

/** XML 1.0 "Char": tab, line feed, carriage return, and U+0020 upwards, minus surrogates and U+FFFE/F. */
const NOT_AN_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Thrown when text is not well-formed XML. */
export class NotWellFormedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotWellFormedError';
  }
}

/** Parses `text` strictly and returns its root element. Throws `NotWellFormedError`. */
export function parseXml(text: string): XmlElement {
  const bad = NOT_AN_XML_CHAR.exec(text);
  if (bad !== null) {
    throw new NotWellFormedError(
      `Character U+${(bad[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} at ${bad.index} is not allowed in XML.`,
    );
  }
  const parser = sax.parser(true, { strictEntities: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | null = null;
  parser.onerror = (error) => {
    failure ??= error;
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (value) => {
    stack.at(-1)?.children.push(value);
  };
  parser.oncdata = parser.ontext;
  try {
    parser.write(text).close();
  } catch (error) {
    throw new NotWellFormedError(error instanceof Error ? error.message : String(error));
  }
  if (failure !== null) throw new NotWellFormedError(String(failure));
  const element = root.children.find((child) => typeof child !== 'string');
  if (element === undefined || typeof element === 'string') {
    throw new NotWellFormedError('There is no root element.');
  }
  return element;
}

/** Every element named `name` under `element`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** The text of every w:t under `element`, joined, exactly as written (no-break spaces too). */
export function rawWordText(element: XmlElement): string {
  return findAll(element, 'w:t')
    .map((run) => run.children.filter((child) => typeof child === 'string').join(''))
    .join('');
}

/**
 * The words of every w:t under `element`, as a person reads them: the no-break spaces that
 * keep a figure with its unit ("£20 an hour") read as spaces.
 */
export function wordText(element: XmlElement): string {
  return rawWordText(element).replaceAll('\u00a0', ' ');
}

/** The paragraph style of a w:p ("Heading1", "Title"), or "" when it has none. */
export function paragraphStyle(paragraph: XmlElement): string {
  return findAll(paragraph, 'w:pStyle')[0]?.attributes['w:val'] ?? '';
}
