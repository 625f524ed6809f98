/**
 * Micro-lessons (#23): short lessons inside the platform — a few pages of text, a picture, a
 * question or two — authored as data. The skill language brings some; a partner adds its own
 * (`PUT /v1/partner/lessons`). A learning step shows the lesson of its skill; doing it is a small
 * step with visible progress, not proof that the gap is closed (that is measured).
 */
import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';
import { LocalizedText, Slug, named, text, int } from './common.js';
import { SceneSetting } from './scene-setting.js';

/** A text in Dutch, and in English where the partner has it (else the Dutch one is shown). */
const PartnerText = z.object({ nl: text(1, 600), en: z.optional(text(1, 600)) });

/** One lesson, its texts of type `T`: LocalizedText as shown, PartnerText as a partner writes it. */
const lessonOf = <T extends z.ZodMiniType>(t: T) =>
  z.object({
    id: Slug,
    /** The skill it is about: a learning step of this skill shows it. */
    skillId: Slug,
    title: t,
    /** About how long it takes. */
    minutes: int(1, 20),
    pages: z
      .array(
        z.object({
          text: t,
          /** One of the test's drawings of a workplace, or a picture of the partner's (https, with words for who cannot see it). */
          picture: z.optional(
            z
              .object({
                scene: z.optional(SceneSetting),
                url: z.optional(z.url({ protocol: /^https$/ })),
                alt: z.optional(t),
              })
              .check(
                z.refine((p) => (p.scene === undefined) !== (p.url === undefined && p.alt === undefined), {
                  message: 'give either a scene, or a url with alt (words for who cannot see it)',
                }),
                z.refine((p) => (p.url === undefined) === (p.alt === undefined), {
                  message: 'a url needs alt, words for who cannot see it',
                  path: ['alt'],
                }),
              ),
          ),
          /** A question to think about: each option says why it is (not) a good one. */
          question: z.optional(
            z
              .object({
                prompt: t,
                options: z
                  .array(z.object({ text: t, good: z.boolean(), feedback: t }))
                  .check(z.minLength(2), z.maxLength(4)),
              })
              .check(
                z.refine((q) => q.options.some((o) => o.good), {
                  message: 'at least one option must be good',
                  path: ['options'],
                }),
              ),
          ),
        }),
      )
      .check(z.minLength(1), z.maxLength(8)),
  });

export const MicroLesson = /*#__PURE__*/ named(
  lessonOf(LocalizedText),
  'MicroLesson',
  'A short lesson inside the platform: pages of text, pictures and questions, about one skill.',
);
export type MicroLesson = domain.MicroLesson;

export const PartnerLesson = /*#__PURE__*/ named(
  lessonOf(PartnerText),
  'PartnerLesson',
  "A partner's own micro-lesson: Dutch texts, English where the partner has them.",
);
export type PartnerLesson = z.infer<typeof PartnerLesson>;

/** At most this many lessons per partner. */
export const MAX_LESSONS = 500;

export const PartnerLessons = /*#__PURE__*/ named(
  z.object({ items: z.array(PartnerLesson).check(z.maxLength(MAX_LESSONS)) }),
  'PartnerLessons',
  "A partner's micro-lessons: replaces the ones it had.",
);
export type PartnerLessons = z.infer<typeof PartnerLessons>;

/** A partner's lesson as the skill language's are: English falls back to the Dutch text. */
export function asMicroLesson(lesson: PartnerLesson): MicroLesson {
  const both = (t: { nl: string; en?: string | undefined }) => ({ nl: t.nl, en: t.en ?? t.nl });
  return {
    ...lesson,
    title: both(lesson.title),
    pages: lesson.pages.map((page) => ({
      text: both(page.text),
      ...(page.picture && {
        picture: page.picture.scene
          ? { scene: page.picture.scene }
          : { url: page.picture.url!, alt: both(page.picture.alt!) },
      }),
      ...(page.question && {
        question: {
          prompt: both(page.question.prompt),
          options: page.question.options.map((o) => ({ text: both(o.text), good: o.good, feedback: both(o.feedback) })),
        },
      }),
    })),
  };
}
