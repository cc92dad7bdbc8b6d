/**
 * The scenario the app opens with, bundled by Vite and validated like any user file, so a broken
 * preset shows the same path-named messages as a broken upload.
 */
import raw from '../../../scenarios/default.json';
import { validateScenario, type ValidationResult } from '../../engine/validate.ts';

export const defaultScenario: ValidationResult = validateScenario(raw);
