/**
 * Money for the whole site: exact amounts, the stored form, reading what people type, and
 * showing amounts in easy-read form. The only place that touches decimal.js (STYLE.md).
 */
export * from './money';
export * from './format';
export * from './parse';
