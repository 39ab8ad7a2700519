/*
 * A picture from the icon set, inlined as SVG (its markup read at build time by
 * src/lib/site/icons.ts and passed in as props). Decorative: the words beside it say it all.
 */

/** Inline SVG markup for pictures, keyed by Tabler icon name. */
export type InlinePictures = Readonly<Record<string, string>>;

interface InlinePictureProps {
  /** The SVG's inner markup; nothing is drawn when it is missing. */
  svg: string | undefined;
  /** Width and height in pixels. */
  size?: number;
  className: string;
}

export function InlinePicture({ svg, size = 48, className }: InlinePictureProps) {
  if (svg === undefined) return null;
  return (
    <svg
      className={className}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
