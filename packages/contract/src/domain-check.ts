/**
 * The wire shapes agree with the domain's types (@pfw/core/domain): each schema's parsed type
 * and the domain type are assignable both ways and have the same fields, so a field added,
 * dropped or retyped on one side only fails the type-check. Never imported; tsc reads it.
 */
import type * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';
import { Lang, LocalizedText, Level } from './common.js';
import {
  Skill,
  InterestId,
  Interest,
  EnvironmentFacet,
  EnvironmentValue,
  Requirement,
  Sector,
  Occupation,
  LearningOffer,
  SkillLanguage,
  HardRequirement,
  HardRequirementKind,
  HardRequirementNeed,
} from './skills.js';
import { HardRequirementFit, HeldSource } from './fit.js';
import { ItemFormat, GameTrial, ItemResponse, GameMechanic, SceneSetting, Item, Step } from './assessment.js';
import { SkillScore } from './skillprint.js';
import { MicroLesson } from './lessons.js';
import { CultureDimension } from './culture.js';
import type * as culture from '@pfw/core/culture';

/** True when A and B have the same keys and each is assignable to the other. */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
type Wire<S extends z.ZodMiniType> = z.output<S>;

true satisfies Same<Wire<typeof Lang>, domain.Lang>;
true satisfies Same<Wire<typeof LocalizedText>, domain.LocalizedText>;
true satisfies Same<Wire<typeof Level>, domain.Level>;
true satisfies Same<Wire<typeof Skill>, domain.Skill>;
true satisfies Same<Wire<typeof InterestId>, domain.InterestId>;
true satisfies Same<Wire<typeof Interest>, domain.Interest>;
true satisfies Same<Wire<typeof EnvironmentFacet>, domain.EnvironmentFacet>;
true satisfies Same<Wire<typeof EnvironmentValue>, domain.EnvironmentValue>;
true satisfies Same<Wire<typeof Requirement>, domain.Requirement>;
true satisfies Same<Wire<typeof Sector>, domain.Sector>;
true satisfies Same<Wire<typeof Occupation>, domain.Occupation>;
true satisfies Same<Wire<typeof LearningOffer>, domain.LearningOffer>;
true satisfies Same<Wire<typeof SkillLanguage>, domain.SkillLanguage>;
true satisfies Same<Wire<typeof HardRequirementKind>, domain.HardRequirementKind>;
true satisfies Same<Wire<typeof HardRequirement>, domain.HardRequirement>;
true satisfies Same<Wire<typeof HardRequirementNeed>, domain.HardRequirementNeed>;
true satisfies Same<Wire<typeof HeldSource>, domain.HeldSource>;
true satisfies Same<Wire<typeof HardRequirementFit>, domain.HardRequirementFit>;
true satisfies Same<Wire<typeof ItemFormat>, domain.ItemFormat>;
true satisfies Same<Wire<typeof GameTrial>, domain.GameTrial>;
true satisfies Same<Wire<typeof ItemResponse>, domain.ItemResponse>;
true satisfies Same<Wire<typeof GameMechanic>, domain.GameMechanic>;
true satisfies Same<Wire<typeof SceneSetting>, domain.SceneSetting>;
true satisfies Same<Wire<typeof Item>, domain.Item>;
true satisfies Same<Wire<typeof Step>, domain.Step>;
true satisfies Same<Wire<typeof SkillScore>, domain.SkillScore>;
true satisfies Same<Wire<typeof MicroLesson>, domain.MicroLesson>;
true satisfies Same<Wire<typeof CultureDimension>, culture.CultureDimension>;
