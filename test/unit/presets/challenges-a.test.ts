/** Preset challenges, first half (challenges-suite.ts). */
import { SOLUTIONS } from './challenge-solutions.ts';
import { describeChallenges } from './challenges-suite.ts';

describeChallenges(SOLUTIONS.slice(0, 6));
