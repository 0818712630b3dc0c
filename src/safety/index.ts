// The face of the danger recogniser: pure logic, used by every capability a person writes to.
export { recogniseDanger, type DangerKind, type DangerReading } from './recognise.js';
export { dangerLines } from './actions.js';
export { storyRisks, type StoryRisk } from './story.js';
export { foldText } from './fold.js';
export type { Need } from './signals.js';
// The optional model second opinion: it can only raise an alarm the rules did not.
export { createSecondOpinion, opinionLines, type Opinion, type OpinionFailure, type SecondOpinion, type SecondOpinionOptions } from './second-opinion.js';
export { worthASecondLook } from './second-look.js';
export { OPINION_PROMPT } from './opinion-prompt.js';
