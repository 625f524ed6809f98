/**
 * What the builder loads alongside its first paint: the skills an employer can require
 * (`GET /v1/skills`, again when the client changes) and its two lazy parts — the skill editor's
 * chunk (skill-editor.ts, with the template preview and the hard-requirement editor; its tags are
 * defined here) and the live count's (candidate-count.ts).
 * Each chunk loads once for every builder on the page. A ReactiveController.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JobProfilePreviewInput, routes, type Client, type Lang, type Skill } from '@pfw/contract';
import { isRequirableSkill } from '@pfw/core/skill-kinds';
import { define } from '../base/define.js';
import type { CandidateCount } from './candidate-count.js';
import type { JobProfileDraft } from './draft.js';

let editorChunk: Promise<unknown> | undefined;
let countChunk: Promise<typeof import('./candidate-count.js')> | undefined;

/** What the loader needs of its builder. */
export interface LazyPartsPort {
  draft(): JobProfileDraft;
  client(): Client;
  token(): string | undefined;
  lang(): Lang;
  reportError(error: unknown): void;
}

export class LazyParts implements ReactiveController {
  skills: Skill[] = [];
  /** The skill editor's tags are defined. */
  editorLoaded = false;
  /** The live count, once its chunk is there. */
  count?: CandidateCount;
  private from?: Client;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly port: LazyPartsPort,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.from !== this.port.client()) void this.load();
  }

  /** A skill's name in this language (its id until the skills are there). */
  label(skillId: string, lang: Lang): string {
    return this.skills.find((s) => s.id === skillId)?.label[lang] ?? skillId;
  }

  /** The draft changed: count again in a moment (once the count's chunk is there). */
  countAgain(): void {
    if (this.count) return this.count.schedule();
    countChunk ??= import('./candidate-count.js');
    countChunk.then(
      ({ CandidateCount }) => {
        // The request stays here: its schemas are the entry's already (and in the chunk they would
        // make the bundler split the entry, see skill-editor.ts).
        this.count ??= new CandidateCount(this.host, {
          ...this.port,
          groupOf: (id) => this.skills.find((s) => s.id === id)?.group ?? id,
          countCandidates: (requirements) => {
            const body = JobProfilePreviewInput.safeParse({ requirements });
            return body.success ? this.port.client().request(routes.previewJobProfile, { body: body.data }) : undefined;
          },
        });
        this.count.schedule();
      },
      this.failed(() => (countChunk = undefined)),
    );
  }

  private async load(): Promise<void> {
    const client = (this.from = this.port.client());
    // The skill editor has nothing to show before the skills arrive: it loads while they are on their way.
    // Its tags (the skill editor, the template preview, the hard-requirement editor) are named in the chunk.
    editorChunk ??= import('./skill-editor.js').then(({ tags }) => {
      for (const [tag, element] of Object.entries(tags)) define(tag, element);
    });
    editorChunk.then(
      () => {
        this.editorLoaded = true;
        this.host.requestUpdate();
      },
      this.failed(() => (editorChunk = undefined)),
    );
    try {
      const { items } = await client.request(routes.listSkills, { query: { lang: this.port.lang() } });
      if (this.from !== client) return;
      this.skills = items.filter(isRequirableSkill);
      this.host.requestUpdate();
    } catch (error) {
      if (this.from === client) this.port.reportError(error);
    }
  }

  /** A chunk did not load: forget it (the next builder tries again), and say so. */
  private failed(forget: () => void) {
    return (error: unknown) => {
      forget();
      this.port.reportError(error);
    };
  }
}
