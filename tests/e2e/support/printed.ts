/* What a printed document looks like on A4, read from the page laid out for print. */
import type { Page } from 'playwright-core';

/** What the printed document (the elements `selector` finds) shows on the paper. */
export interface PrintedLook {
  /** Elements that reach past the printed width, or whose content does (a table's border too). */
  cut: string[];
  /** Pictures that did not load, or have no alt text. */
  missingPictures: string[];
  /** How many easy-read points (a picture beside words) it has. */
  points: number;
}

/**
 * Looks at the printed document as laid out at `width` CSS pixels (the page's printed width),
 * with the page already in print media. `selector` finds the document and what it prints.
 */
export function printedLook(page: Page, selector: string, width: number): Promise<PrintedLook> {
  return page.evaluate(
    ({ selector, width }) => {
      const cut: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        for (const element of [root, ...root.querySelectorAll('*')]) {
          const box = element.getBoundingClientRect();
          // Nothing to see: an empty element, or a caption kept only for screen readers.
          if (box.width <= 1 && box.height <= 1) continue;
          const overflows =
            element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0;
          // A collapsed table border lies half outside the table's box: the paper cuts that half.
          const style = getComputedStyle(element);
          const spill =
            element.tagName === 'TABLE' && style.borderCollapse === 'collapse'
              ? Math.max(
                  ...Array.from(element.querySelectorAll('td, th'), (cell) =>
                    parseFloat(getComputedStyle(cell).borderRightWidth),
                  ),
                  0,
                ) / 2
              : 0;
          const cutAtRight = spill > 0 ? box.right + spill > width : box.right > width + 0.5;
          if (box.left < -0.5 || cutAtRight || overflows) {
            cut.push(
              `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 30)}"`,
            );
          }
        }
      }
      const roots = Array.from(document.querySelectorAll(selector));
      const pictures = roots.flatMap((root) =>
        Array.from(root.querySelectorAll<HTMLImageElement>('img')),
      );
      return {
        cut,
        missingPictures: pictures
          .filter((picture) => picture.naturalWidth === 0 || picture.alt.trim() === '')
          .map((picture) => picture.src),
        points: roots.reduce(
          (count, root) => count + root.querySelectorAll('.document-row').length,
          0,
        ),
      };
    },
    { selector, width },
  );
}
