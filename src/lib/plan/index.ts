/*
 * The support plan: its data model, pure editing helpers, migrations and the backup file.
 * No DOM, no React, no storage: islands and the storage module build on this.
 */
export * from './limits';
export * from './dates';
export * from './schema';
export * from './messages';
export * from './migrate';
export * from './edit';
export * from './reminders';
export * from './backup';
export * from './typed';
export * from './broken-text';
export * from './written';
