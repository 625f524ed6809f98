/**
 * The work-environment facets by id, in a fixed order: ranking numbers facets by their place here
 * (matching/preferences.ts) without loading their texts. environment.ts describes each one; the
 * skill language's test checks that the two lists are the same.
 */
export const ENVIRONMENT_FACET_IDS = [
  'indoors-outdoors',
  'team-alone',
  'seated-physical',
  'routine-variety',
  'people-things',
  'fixed-hours-shifts',
  'calm-busy',
  'clean-dirty',
  'quiet-noisy',
  'same-place-travelling',
  'instructions-own-choices',
  'ground-heights',
] as const;
