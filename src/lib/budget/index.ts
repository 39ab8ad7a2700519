/**
 * The budget engine for the calculator, the plan and the printouts: checked inputs, the budget
 * and its working, hours parsing, and the source documents' stories. Rules: issue 3 and seed 000.
 */
export * from './hours';
export * from './schema';
export * from './working';
export * from './calculate';
export * from './parse';
export * from './stories';
export * from './pays-for';
