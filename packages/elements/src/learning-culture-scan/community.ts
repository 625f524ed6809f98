/**
 * Onboarding shared by employers (#24, community paths), a lazy part of the employer's desk:
 * the partner's community paths, joining or leaving one, and an editor that starts from what the
 * occupation asks in the skill language, with the learning offers for each skill and what the
 * workplace does. New hires follow a path in <pfw-learning-path>.
 */
import { html, nothing } from 'lit';
import {
  listSkillTexts,
  routes,
  type CommunityPath,
  type CommunityPathStep,
  type LearningOffer,
  type Occupation,
  type SkillTexts,
} from '@pfw/contract';
import type { DeskContext } from './desk-port.js';

/** The steps a new path starts with: the occupation's essential and most important skills. */
const FIRST_STEPS = 8;
/** Offers a step may recommend (CommunityPathStep). */
const MAX_OFFERS = 3;

interface Draft {
  id?: string;
  occupationId: string;
  title: string;
  steps: CommunityPathStep[];
}

export class CommunityPaths {
  private view: 'list' | 'edit' = 'list';
  private paths: CommunityPath[] = [];
  private occupations: Occupation[] = [];
  private skills = new Map<string, SkillTexts>();
  private offers: LearningOffer[] = [];
  private draft?: Draft;
  private invalid?: 'path-occupation' | 'path-name' | 'path-add';

  constructor(
    private readonly port: DeskContext,
    /** Run a call with the desk's buttons off; failures are said there. */
    private readonly act: (call: () => Promise<void>) => Promise<void>,
  ) {}

  async load(): Promise<void> {
    const client = this.port.client();
    const lang = this.port.lang();
    const [paths, occupations, skills, offers] = await Promise.all([
      client.request(routes.listCommunityPaths, { query: {} }),
      this.occupations.length ? undefined : client.request(routes.listOccupations, { query: { lang } }),
      this.skills.size ? undefined : client.request(listSkillTexts, { query: { lang } }),
      this.offers.length ? undefined : client.request(routes.listLearningOffers, { query: { lang } }),
    ]);
    this.paths = paths.items;
    if (occupations) this.occupations = occupations.items;
    if (skills) this.skills = new Map(skills.items.map((s) => [s.id, s]));
    if (offers) this.offers = offers.items;
  }

  private label(skillId: string): string {
    return this.skills.get(skillId)?.label[this.port.lang()] ?? skillId;
  }

  private startFrom(occupationId: string, id?: string, title = ''): Draft {
    const occupation = this.occupations.find((o) => o.id === occupationId);
    const steps = (occupation?.requirements ?? [])
      .slice()
      .sort((a, b) => Number(b.essential) - Number(a.essential) || b.importance - a.importance)
      .slice(0, FIRST_STEPS)
      .map((r) => ({ skillId: r.skillId, level: r.level, offerIds: [] }));
    return { id, occupationId, title: title || (occupation?.title[this.port.lang()] ?? ''), steps };
  }

  private edit(path?: CommunityPath): void {
    this.draft = path
      ? { id: path.id, occupationId: path.occupationId, title: path.title, steps: path.steps.map((s) => ({ ...s })) }
      : { occupationId: '', title: '', steps: [] };
    this.invalid = undefined;
    this.view = 'edit';
    this.port.changed('path-title');
  }

  private back(focus = 'community-title'): void {
    this.view = 'list';
    this.draft = undefined;
    void this.act(() => this.load()).then(() => this.port.changed(focus));
  }

  private join(path: CommunityPath): void {
    void this.act(async () => {
      await this.port.client().request(routes.joinCommunityPath, { params: { id: path.id } });
      await this.load();
      this.port.say(this.port.t().community.joined);
    });
  }

  private leave(path: CommunityPath): void {
    void this.act(async () => {
      await this.port.client().request(routes.leaveCommunityPath, { params: { id: path.id } });
      await this.load();
      this.port.say(this.port.t().community.left);
      this.port.changed('community-title');
    });
  }

  private save(event: SubmitEvent): void {
    event.preventDefault();
    const draft = this.draft!;
    this.invalid = !draft.occupationId ? 'path-occupation' : draft.title.trim().length < 2 ? 'path-name' : undefined;
    if (!this.invalid && !draft.steps.length) this.invalid = 'path-add';
    if (this.invalid) return this.port.changed(this.invalid);
    const body = {
      occupationId: draft.occupationId,
      title: draft.title.trim(),
      steps: draft.steps.map(({ note, ...step }) => (note?.trim() ? { ...step, note: note.trim() } : step)),
    };
    void this.act(async () => {
      const client = this.port.client();
      if (draft.id) await client.request(routes.updateCommunityPath, { params: { id: draft.id }, body });
      else await client.request(routes.createCommunityPath, { body });
      this.port.say(this.port.t().community.saved);
      this.back();
    });
  }

  /** Change the draft (a step, the name), then draw again. */
  private change(update: (draft: Draft) => void, focus?: string): void {
    if (this.draft) update(this.draft);
    this.port.changed(focus);
  }

  private renderList() {
    const t = this.port.t();
    const c = t.community;
    const lang = this.port.lang();
    return html`<h3 id="community-title" tabindex="-1">${c.title}</h3>
      <p>${c.intro}</p>
      <div class="actions"><button id="path-create" @click=${() => this.edit()}>${c.create}</button></div>
      ${
        this.paths.length
          ? html`<ul class="scans">
              ${this.paths.map(
                (p) => html`<li class="scan">
                  <h4>${p.title}</h4>
                  <p class="muted">
                    ${c.occupation(p.occupationTitle[lang])}. ${c.members(p.members)}. ${c.steps(p.steps.length)}.
                    ${c.followers(p.followers)}.
                  </p>
                  <div class="actions">
                    ${
                      p.mine
                        ? html`<button @click=${() => this.edit(p)}>${c.edit(p.title)}</button>
                            <button class="secondary" @click=${() => this.leave(p)}>${c.leave(p.title)}</button>`
                        : html`<button @click=${() => this.join(p)}>${c.join(p.title)}</button>`
                    }
                  </div>
                </li>`,
              )}
            </ul>`
          : html`<p>${c.none}</p>`
      }`;
  }

  private renderStep(step: CommunityPathStep, i: number) {
    const c = this.port.t().community;
    const lang = this.port.lang();
    const skill = this.label(step.skillId);
    const offers = this.offers.filter((o) => o.develops.some((d) => d.skillId === step.skillId));
    const full = step.offerIds.length >= MAX_OFFERS;
    // The chosen first; the others (often ten or more) folded away.
    const chosen = offers.filter((o) => step.offerIds.includes(o.id));
    const others = offers.filter((o) => !step.offerIds.includes(o.id));
    const offerChoice = (o: LearningOffer) => {
      const on = step.offerIds.includes(o.id);
      return html`<label class="choice"
        ><input
          type="checkbox"
          .checked=${on}
          ?disabled=${full && !on}
          @change=${() =>
            this.change(() => {
              step.offerIds = on ? step.offerIds.filter((x) => x !== o.id) : [...step.offerIds, o.id];
            })}
        />${o.title[lang]} (${o.provider.name})</label
      >`;
    };
    return html`<fieldset class="path-step">
      <legend>${i + 1}. ${skill}</legend>
      <p>
        <label for="level-${step.skillId}">${c.level}</label>
        <select
          id="level-${step.skillId}"
          @change=${(e: Event) => this.change(() => (step.level = Number((e.target as HTMLSelectElement).value)))}
        >
          ${[1, 2, 3, 4, 5].map((l) => html`<option value=${l} ?selected=${step.level === l}>${l}</option>`)}
        </select>
      </p>
      ${
        offers.length
          ? html`<fieldset>
              <legend>${c.offersLabel}</legend>
              ${chosen.map(offerChoice)}
              ${
                others.length
                  ? html`<details ?open=${!chosen.length && others.length <= MAX_OFFERS}>
                      <summary>${c.moreOffers(others.length)}</summary>
                      ${others.map(offerChoice)}
                    </details>`
                  : nothing
              }
            </fieldset>`
          : html`<p class="muted">${c.noOffers}</p>`
      }
      <p>
        <label for="note-${step.skillId}">${c.noteLabel}</label>
        <input
          id="note-${step.skillId}"
          maxlength="300"
          placeholder=${c.notePlaceholder}
          .value=${step.note ?? ''}
          @input=${(e: Event) => (step.note = (e.target as HTMLInputElement).value)}
        />
      </p>
      <button
        type="button"
        class="secondary"
        @click=${() =>
          this.change(
            (d) => (d.steps = d.steps.filter((s) => s !== step)),
            i > 0 ? `level-${this.draft!.steps[i - 1]?.skillId}` : 'path-add',
          )}
      >
        ${c.remove(skill)}
      </button>
    </fieldset>`;
  }

  private renderEditor(draft: Draft) {
    const t = this.port.t();
    const c = t.community;
    const lang = this.port.lang();
    const missing = [...this.skills.keys()].filter((id) => !draft.steps.some((s) => s.skillId === id));
    const error = (id: NonNullable<CommunityPaths['invalid']>, text: string) =>
      this.invalid === id ? html`<span class="error" id="${id}-error">${text}</span>` : nothing;
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.save(e)}>
      <h3 id="path-title" tabindex="-1">${c.editTitle}</h3>
      <p>
        <label for="path-occupation">${c.occupationLabel}</label>
        <select
          id="path-occupation"
          aria-invalid=${this.invalid === 'path-occupation' ? 'true' : 'false'}
          aria-describedby="path-occupation-error"
          @change=${(e: Event) => {
            const id = (e.target as HTMLSelectElement).value;
            this.change((d) => Object.assign(d, this.startFrom(id, d.id, d.title)));
          }}
        >
          <option value="">${c.chooseOccupation}</option>
          ${this.occupations.map(
            (o) => html`<option value=${o.id} ?selected=${draft.occupationId === o.id}>${o.title[lang]}</option>`,
          )}
        </select>
        ${error('path-occupation', c.chooseOccupation)}
      </p>
      <p>
        <label for="path-name">${c.nameLabel}</label>
        <input
          id="path-name"
          maxlength="120"
          .value=${draft.title}
          aria-invalid=${this.invalid === 'path-name' ? 'true' : 'false'}
          aria-describedby="path-name-error"
          @input=${(e: Event) => (draft.title = (e.target as HTMLInputElement).value)}
        />
        ${error('path-name', c.nameError)}
      </p>
      <h4>${c.stepsTitle}</h4>
      <p class="muted">${c.stepsHint}</p>
      ${draft.steps.map((s, i) => this.renderStep(s, i))}
      <p>
        <label for="path-add">${c.addLabel}</label>
        <select id="path-add" aria-invalid=${this.invalid === 'path-add' ? 'true' : 'false'} aria-describedby="path-add-error">
          ${missing.map((id) => html`<option value=${id}>${this.label(id)}</option>`)}
        </select>
        ${error('path-add', c.noSteps)}
      </p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          ?disabled=${!missing.length}
          @click=${(e: Event) => {
            const select = (e.target as HTMLElement).closest('form')!.querySelector<HTMLSelectElement>('#path-add')!;
            const skillId = select.value;
            this.change((d) => d.steps.push({ skillId, level: 3, offerIds: [] }), `level-${skillId}`);
          }}
        >
          ${c.add}
        </button>
      </div>
      <div class="actions">
        <button type="submit">${c.save}</button>
        <button type="button" class="secondary" @click=${() => this.back()}>${c.back}</button>
      </div>
    </form>`;
  }

  /** The editor is open (it has its own way back). */
  get editing(): boolean {
    return this.view === 'edit';
  }

  render() {
    return this.view === 'edit' && this.draft ? this.renderEditor(this.draft) : this.renderList();
  }
}
