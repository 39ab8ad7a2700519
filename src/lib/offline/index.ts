/*
 * The offline copy: the service worker's file list (build time), registering it and offering
 * updates (pages), and deleting it (Privacy page, kill switch).
 */
export * from './precache';
export * from './switch';
export * from './delete';
export * from './updates';
export * from './visit';
