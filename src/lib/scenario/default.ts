/**
 * The scenario the app opens with, validated like any user file, so a broken preset shows the same
 * path-named messages as a broken upload.
 */
import { presetById } from './presets.ts';

const preset = presetById('default');
if (!preset) throw new Error('scenarios/default.json is missing from the build');
export const defaultPreset = preset;
