import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { Skill } from './skills.js';
import * as routes from './routes/index.js';
import { SkillLevelTexts, SkillTexts, listSkillLevelTexts, listSkillTexts } from './views.js';
import { CareerGoal, listCareerGoals, listVacancyGoals } from './learning-views.js';
import { Career } from './matching.js';

describe('route views', () => {
  it('listSkillTexts sends the request of routes.listSkills', () => {
    const { response: _full, ...request } = routes.listSkills;
    const { response: _narrow, ...view } = listSkillTexts;
    assert.deepEqual(view, request);
  });

  it('listSkillLevelTexts sends the request of routes.listSkills and keeps the id, label and levels', () => {
    const { response: _full, ...request } = routes.listSkills;
    const { response: _narrow, ...view } = listSkillLevelTexts;
    assert.deepEqual(view, request);
    assert.deepEqual(Object.keys(SkillLevelTexts.shape), ['id', 'label', 'levels']);
    assert.equal(SkillLevelTexts.shape.id, Skill.shape.id);
    assert.equal(SkillLevelTexts.shape.label, Skill.shape.label);
  });

  it('SkillTexts checks its fields with the very schemas of Skill', () => {
    for (const [key, schema] of Object.entries(SkillTexts.shape))
      assert.equal(schema, Skill.shape[key as keyof typeof Skill.shape], key);
  });

  it('keeps what a card reads of a full skill and drops the rest', () => {
    const text = { nl: 'tekst', en: 'text' };
    const skill: z.input<typeof Skill> = {
      id: 'samenwerken',
      kind: 'soft',
      group: 'social-communication',
      label: { nl: 'Samenwerken', en: 'Working together' },
      description: text,
      strength: { nl: 'Je werkt goed samen.', en: 'You work well with others.' },
      levels: [text, text, text, text, text],
    };
    assert.ok(Skill.safeParse(skill).success);
    const parsed = listSkillTexts.response.parse({ items: [skill] });
    assert.deepEqual(parsed.items[0], { id: skill.id, label: skill.label, strength: skill.strength });
    assert.equal(
      listSkillTexts.response.safeParse({ items: [{ ...skill, label: { nl: 'Samenwerken' } }] }).success,
      false,
    );
  });
});

describe('learning views', () => {
  it('listCareerGoals and listVacancyGoals send the requests of listMyCareers and listMyMatches', () => {
    for (const [full, narrow] of [
      [routes.listMyCareers, listCareerGoals],
      [routes.listMyMatches, listVacancyGoals],
    ] as const) {
      const { response: _full, ...request } = full;
      const { response: _narrow, ...view } = narrow;
      assert.deepEqual(view, request);
    }
  });

  it('keep the title and score of a career or vacancy, with the schemas of Career, and drop the rest', () => {
    assert.equal(CareerGoal.shape.occupationId, Career.shape.occupationId);
    assert.equal(CareerGoal.shape.title, Career.shape.title);
    const title = { nl: 'Stratenmaker', en: 'Paver' };
    const parsed = listCareerGoals.response.parse({
      items: [
        {
          occupationId: 'stratenmaker',
          title,
          score: 64,
          sector: 'bouw',
          gaps: [{ skillId: 'samenwerken', requiredLevel: 3, currentLevel: 2, offerIds: [] }],
        },
      ],
      total: 1,
    });
    assert.deepEqual(parsed.items[0], {
      occupationId: 'stratenmaker',
      title,
      score: 64,
      gaps: [{ skillId: 'samenwerken' }],
    });
    assert.equal(
      listCareerGoals.response.safeParse({
        items: [{ occupationId: 'stratenmaker', title, score: 101, gaps: [] }],
        total: 1,
      }).success,
      false,
    );
    const vacancy = {
      jobProfileId: 'job_12345678',
      job: { title: 'Stratenmaker', employerName: 'Van Dijk' },
      score: 70,
      gaps: [],
    };
    assert.deepEqual(listVacancyGoals.response.parse({ items: [vacancy], total: 1 }).items[0], vacancy);
  });
});
