/** Statistical process control as NHS England's "Making Data Count" does it: XmR limits, special-cause rules, verdicts. */
export * from './xmr';
export * from './special-cause';
export * from './verdicts';
export * from './proportions';
