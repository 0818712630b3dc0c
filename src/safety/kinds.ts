import type { Need } from './signals.js';

/** The dev set's names for the kinds of danger now. */
export type DangerKind =
  | 'violence-now'
  | 'weapon-threat'
  | 'arson-poison-threat'
  | 'self-harm'
  | 'detention'
  | 'child-danger'
  | 'stalking-assault'
  | 'crowd-clash'
  | 'protection-order-breach'
  | 'home-emergency'
  | 'other-emergency';

export interface DangerReading {
  urgent: boolean;
  kind: DangerKind | null;
  /** strong: answer even where nobody asked (a group without @); weak: alert staff, stay quiet in the group. */
  strength: 'strong' | 'weak' | 'none';
  need: Need | null;
  /** Harm between kin or partners (for the protection-order line). */
  domestic: boolean;
}

export const NONE: DangerReading = { urgent: false, kind: null, strength: 'none', need: null, domestic: false };

/** Each need (which number to call first) under the kind of danger it belongs to. */
export const KIND_OF: Record<Need, DangerKind> = {
  beat: 'violence-now',
  threat: 'weapon-threat',
  weapon: 'weapon-threat',
  arson: 'arson-poison-threat',
  selfHarm: 'self-harm',
  poisoned: 'other-emergency',
  detain: 'detention',
  childMissing: 'child-danger',
  childWater: 'child-danger',
  childHurt: 'child-danger',
  stalk: 'stalking-assault',
  crowd: 'crowd-clash',
  order: 'protection-order-breach',
  fire: 'home-emergency',
  wildfire: 'other-emergency',
  gas: 'home-emergency',
  electric: 'home-emergency',
  flood: 'home-emergency',
  pit: 'home-emergency',
  medical: 'other-emergency',
  drunkDrive: 'other-emergency',
  water: 'other-emergency',
  lost: 'other-emergency',
};

/** A need and how sure the reading is: a strong form is 3, a weak one 1; 2 or more is urgent. */
export interface Found {
  need: Need;
  score: number;
}
export const STRONG = 3;
export const WEAK = 1;
export const URGENT_AT = 2;
