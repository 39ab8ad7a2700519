/* Reading what a printed page came to: Chromium's PDF, as bytes. */

/** How many pages a PDF from `page.pdf()` has (each page is one `/Type /Page` object). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
