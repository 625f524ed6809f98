/**
 * Narrow views of routes, for browser bundles. A view sends exactly the request of its route but
 * its response schema names only the fields a widget reads. zod objects drop keys they do not
 * name, so the widget still gets a validated object of exactly the type it uses, and its bundle
 * does not carry the schemas of what it ignores (for a skill: the level texts and the ESCO and
 * O*NET crosswalk, with their tuple and regexes).
 *
 * Views are not in `routes`: the OpenAPI document, the server and the mock know only the full
 * routes. views.test.ts checks every view against its route.
 */
import * as z from 'zod/mini';
import { LocalizedText, Slug } from './common.js';
import { withResponse } from './route.js';
import { listSkillsRequest } from './route-parts.js';

/** What a card shows of a skill: its name and its strength sentence (the same schemas as in Skill). */
export const SkillTexts = z.object({ id: Slug, label: LocalizedText, strength: LocalizedText });
export type SkillTexts = z.infer<typeof SkillTexts>;

/** routes.listSkills, validating only the id, label and strength of each skill. */
export const listSkillTexts = /*#__PURE__*/ withResponse(listSkillsRequest, z.object({ items: z.array(SkillTexts) }));

/** What a verify page shows of a skill: its name and what each level 1-5 looks like. */
export const SkillLevelTexts = z.object({
  id: Slug,
  label: LocalizedText,
  levels: z.tuple([LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText]),
});
export type SkillLevelTexts = z.infer<typeof SkillLevelTexts>;

/** routes.listSkills, validating only the id, label and level texts of each skill. */
export const listSkillLevelTexts = /*#__PURE__*/ withResponse(
  listSkillsRequest,
  z.object({ items: z.array(SkillLevelTexts) }),
);
