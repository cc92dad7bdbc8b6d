/**
 * The scenario the app opens with, validated like any user file, so a broken preset shows the same
 * path-named messages as a broken upload. (Its file is the one preset in the start-up bundle.)
 */
export { defaultPreset } from './presets.ts';
