/*
 * The site's navigation: one list, used by the header, the footer and the tests,
 * so a link is never written twice.
 */

/** A link in the site's header or footer. */
export interface NavLink {
  /** Where the link goes: a path on this site, ending in a slash. */
  readonly href: string;
  /** The words a person reads. */
  readonly label: string;
}

/** The main navigation in the header, in reading order. */
export const mainNavigation: readonly NavLink[] = [
  { href: '/', label: 'Home' },
  { href: '/guides/', label: 'Guides' },
  { href: '/budget/', label: 'Budget calculator' },
  { href: '/plan/', label: 'Support plan' },
];

/** The footer links. "Get help" stays in the same place on every page. */
export const footerNavigation: readonly NavLink[] = [
  { href: '/help/', label: 'Get help' },
  { href: '/privacy/', label: 'Privacy' },
  { href: '/accessibility/', label: 'Accessibility' },
];

/** Whether a navigation link points at the page being shown (or a page inside it). */
export function isCurrentSection(linkHref: string, pathname: string): boolean {
  if (linkHref === '/') return pathname === '/';
  return pathname === linkHref || pathname.startsWith(linkHref);
}
