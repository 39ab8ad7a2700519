/*
 * How every picture is optimised, shared by the script that makes the pictures and the test
 * that checks they are still optimised: svgo with numbers rounded to whole units (a symbol is
 * 850 units across and shown at most about 100 pixels wide, so nothing visible is lost), and
 * each symbol's style classes written into its shapes, so 2 symbols drawn together never mix.
 */
import { join } from 'node:path';
import { optimize } from 'svgo';

/** Where the optimised pictures live. */
export const PICTURE_FOLDER = join('src', 'assets', 'pictures');

/** The picture `svg`, optimised. Running it again on its own output changes nothing. */
export function optimisePicture(svg: string): string {
  return optimize(svg, {
    multipass: true,
    floatPrecision: 0,
    plugins: [
      {
        name: 'preset-default',
        params: { overrides: { inlineStyles: { onlyMatchedOnce: false } } },
      },
      { name: 'removeDimensions' },
    ],
  }).data;
}
