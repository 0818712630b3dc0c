// The face of the danger recogniser: pure logic, used by every capability a person writes to.
export { recogniseDanger, type DangerKind, type DangerReading } from './recognise.js';
export { dangerLines } from './actions.js';
export { storyRisks, type StoryRisk } from './story.js';
export { foldText } from './fold.js';
export type { Need } from './signals.js';
