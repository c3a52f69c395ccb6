/** Care-plan timeliness: review due dates, the backlog now and over time, update lags. */
export * from './rules';
export * from './days';
export * from './timeline';
export * from './events-from-history';
export * from './merge-events';
export * from './timeline-of';
export * from './review-due';
export * from './backlog';
export * from './daily-backlog';
export * from './update-lag';
export * from './badge';
export * from './backlog-trend';
