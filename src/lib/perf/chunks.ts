/*
 * Which shared file (chunk) a module of the built site goes in (issue 18): the code every tool
 * page loads at first goes in one file, and the form code the calculator and the letters share
 * in another. Everything else is left to Rollup. Module ids are file paths.
 */

/** The shared files, by what they hold. */
export type SharedChunk = 'preload' | 'react' | 'tools' | 'forms';

const RULES: readonly (readonly [SharedChunk, RegExp])[] = [
  // The bundler's few lines for loading code later, used by every page that does: kept apart,
  // or it would join a shared file below and bring React to the guide pages.
  ['preload', /vite\/preload-helper/],
  // React and its island loader: every tool page needs them first.
  ['react', /\/node_modules\/(react|react-dom|scheduler)\//],
  // What all 3 tools load at first: the checks (zod), exact money and the form fields.
  ['tools', /\/node_modules\/(zod|decimal\.js)\//],
  ['tools', /\/src\/lib\/money\//],
  ['tools', /\/src\/components\/islands\/form\/(FieldShell|fieldId)\./],
  // The Listen button beside every question: with the fields, or the error summary (in the
  // form file below) would pull the form library into the planner's first load.
  ['tools', /\/src\/components\/islands\/ListenButton\./],
  // The form library and the parts of a form the calculator and the letters share.
  ['forms', /\/node_modules\/react-hook-form\//],
  ['forms', /\/src\/components\/islands\/form\/(ErrorSummary|TextField)\./],
];

/** The shared file for a module, or undefined to let Rollup decide. */
export function sharedChunkFor(id: string): SharedChunk | undefined {
  const path = id.split('\\').join('/');
  return RULES.find(([, pattern]) => pattern.test(path))?.[0];
}
