/* A picture from the icon set, inlined as SVG (its markup read at build time). Decorative: the words beside it say it all. */

/** Inline SVG markup for each picture the planner shows, keyed by Tabler icon name. */
export type PlannerPictures = Readonly<Record<string, string>>;

export function Picture({ svg, size = 48 }: { svg: string | undefined; size?: number }) {
  if (svg === undefined) return null;
  return (
    <svg
      className="plan-picture"
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
