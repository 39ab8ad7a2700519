import { describe, expect, it } from 'vitest';
import {
  cleanDocumentText,
  fileNamePart,
  isXmlSafeText,
  oneLine,
  paragraphsOf,
} from '../../../src/lib/export/text';

describe('cleaning text for a document', () => {
  it('removes control characters that make Word refuse a file', () => {
    expect(
      cleanDocumentText('a\u0000b\u0007c\u000Bd\u000Ce\u001Ff\u007Fg\u0085h\uFFFEi\uFFFF'),
    ).toBe('abcdefghi');
  });

  it('turns broken halves of emoji into the replacement character and keeps whole emoji', () => {
    expect(cleanDocumentText('a\uD83Db \uDE00c 😀')).toBe('a\uFFFDb \uFFFDc 😀');
  });

  it('keeps text that looks like markup exactly as typed', () => {
    const text = '<script>alert(1)</script> ]]> &amp; <?xml?>';
    expect(cleanDocumentText(text)).toBe(text);
  });

  it('makes Windows and old Mac line ends into one kind, and tabs into spaces', () => {
    expect(cleanDocumentText('a\r\nb\rc\td\u2028e')).toBe('a\nb\nc d\ne');
  });

  it('says whether text is safe in XML', () => {
    expect(isXmlSafeText('Sam <b> & 😀')).toBe(true);
    expect(isXmlSafeText('bell \u0007')).toBe(false);
    expect(isXmlSafeText('half \uD83D')).toBe(false);
    expect(isXmlSafeText('Sam')).toBe(true);
  });

  it('splits an answer into paragraphs at line ends, dropping blank lines', () => {
    expect(paragraphsOf('First line.\r\n\r\n  Second line.  \n')).toEqual([
      'First line.',
      'Second line.',
    ]);
    expect(paragraphsOf('   ')).toEqual([]);
  });

  it('puts text on one line', () => {
    expect(oneLine(' a \n\n b\tc ')).toBe('a b c');
  });
});

describe('file names', () => {
  it('removes characters that Windows, macOS or Linux refuse', () => {
    expect(fileNamePart('Sam <A/B> "C:D" | E? * \\ F\u0000')).toBe('Sam AB CD E F');
  });

  it('trims dots and spaces from the ends, which Windows drops', () => {
    expect(fileNamePart('  ..Sam..  ')).toBe('Sam');
  });

  it('keeps names to 60 characters without splitting an emoji', () => {
    const name = fileNamePart(`${'a'.repeat(59)}😀😀`);
    expect(Array.from(name)).toHaveLength(60);
    expect(name.endsWith('😀')).toBe(true);
  });

  it('gives nothing for a name of only refused characters', () => {
    expect(fileNamePart('<>:"/\\|?*')).toBe('');
  });
});
