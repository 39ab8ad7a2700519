/*
 * Making a person's words safe to put in a Word document or a file name.
 * Rules: XML 1.0 "Char" (w3.org/TR/xml/#charsets), which Word enforces by refusing the file;
 * the characters Windows, macOS and Linux refuse in file names.
 */

/**
 * Characters XML 1.0 does not allow at all (so Word refuses the file), plus DEL and the C1
 * controls, which are allowed but never typed on purpose and show as boxes.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A person's text made safe for a document: broken characters (lone surrogates) become "\uFFFD",
 * control characters Word refuses are removed, line ends become "\n", and tabs become spaces.
 * Text that looks like XML or script ("<script>", "]]>") is kept exactly: the document writer
 * escapes it, so it is shown as the words typed and never read as markup.
 */
export function cleanDocumentText(text: string): string {
  return text
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u2028\u2029]/g, (char) => (char === '\t' ? ' ' : '\n'))
    .replace(NOT_IN_XML, '');
}

/** True when every character of `text` is allowed in an XML 1.0 document. */
export function isXmlSafeText(text: string): boolean {
  NOT_IN_XML.lastIndex = 0;
  LONE_SURROGATES.lastIndex = 0;
  const safe = !NOT_IN_XML.test(text) && !LONE_SURROGATES.test(text);
  NOT_IN_XML.lastIndex = 0;
  LONE_SURROGATES.lastIndex = 0;
  return safe;
}

/**
 * Splits cleaned text into paragraphs at line ends, trimming each and dropping blank ones. An
 * answer a person typed over 3 lines becomes 3 paragraphs, as they wrote it.
 */
export function paragraphsOf(text: string): string[] {
  return cleanDocumentText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Text on one line, with runs of spaces and line ends made into one space. */
export function oneLine(text: string): string {
  return cleanDocumentText(text).replace(/\s+/g, ' ').trim();
}

/** The longest name part of a file name, in characters, so the whole name stays well inside 255 bytes. */
export const MAX_FILE_NAME_PART = 60;

/**
 * A part of a file name: characters Windows, macOS or Linux refuse (`< > : " / \ | ? *` and
 * control characters) removed, spaces squeezed, dots and spaces trimmed from the ends (Windows
 * drops them), and cut to 60 characters without splitting an emoji. "" when nothing is left.
 */
export function fileNamePart(text: string): string {
  const cleaned = oneLine(text)
    .replace(/[<>:"/\\|?*\uFFFD]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return Array.from(cleaned)
    .slice(0, MAX_FILE_NAME_PART)
    .join('')
    .replace(/[\s.]+$/g, '');
}
