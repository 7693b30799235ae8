/** The networking playbook (PLAYBOOK.md): one module per question, each a pure function of the index and the day. */
export * from './followUps';
export * from './favors';
export * from './birthdays';
export * from './news';
export * from './changes';
export * from './channels';
export * from './introductions';
export * from './prep';
export * from './review';
