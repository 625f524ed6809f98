/**
 * Keeps the builder's draft: on this device at once (base/local-store.ts, key
 * `pfw-job-profile-builder:<employer>:<id or "new">`), on the server as a draft once it is valid (debounced,
 * one write at a time), and publishes or closes it. A ReactiveController: its builder redraws
 * when its state changes, and fires its events. (save-status.ts shows its state.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { routes, type Client, type JobProfile } from '@pfw/contract';
import { forgetLocal, personOf, readLocal, writeLocal } from '../base/local-store.js';
import type { Messages } from './i18n/nl.js';
import { emptyDraft, toInput, type JobProfileDraft, type JobProfileEventDetail } from './draft.js';

/** Wait this long after the last edit before saving on the server. */
const SAVE_DELAY = 1200;
const STORAGE_PREFIX = 'pfw-job-profile-builder:';

interface Stored {
  /** The server id once the draft was created there. */
  id?: string;
  draft: JobProfileDraft;
  /** Changes not yet on the server. */
  dirty: boolean;
}
const isStored = (value: unknown): value is Stored => !!(value as Stored | undefined)?.draft;

/** What the saver needs of its builder. */
export interface DraftSaverPort {
  /** The draft as the employer has it now. */
  draft(): JobProfileDraft;
  /** Put a draft in the builder: a loaded, restored or empty one. */
  show(draft: JobProfileDraft): void;
  /** The builder's `job-profile-id`. */
  id(): string | undefined;
  /** False with `no-local-save`. */
  keepLocal(): boolean;
  client(): Client;
  token(): string | undefined;
  t(): Messages;
  reportError(error: unknown): void;
}

export class DraftSaver implements ReactiveController {
  /** The profile as last saved on the server (with its id and status), if it was. */
  saved?: JobProfile;
  state: 'idle' | 'local' | 'saving' | 'saved' | 'failed' = 'idle';
  /** Changes not yet on the server. */
  dirty = false;
  /** What the last load or action says (restored, published, closed, failed); an edit clears it. */
  notice = '';
  loadFailed = false;
  /** A publish or close under way (the last one asked for). */
  busy?: Promise<JobProfile | undefined>;
  /** The draft a form reset goes back to: empty, or the profile as loaded. */
  defaultDraft: JobProfileDraft = emptyDraft();
  /** The server id of the profile being edited (known before `saved` after a reload from this device). */
  private serverId?: string;
  private loadedId?: string;
  private timer?: ReturnType<typeof setTimeout>;
  /** Bumped when the builder moves to another profile: a save still under way then leaves this one alone. */
  private generation = 0;
  /** Server writes run one after another, so a create is never made twice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly port: DraftSaverPort,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.port.id()) this.restore();
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  /**
   * `job-profile-id` changed. Before the builder's first render that only loads the profile;
   * later the builder leaves the one it edits (see `leave`), and this returns true. The id of
   * the profile this saver just created is no change.
   */
  idChanged(rendered: boolean): boolean {
    const id = this.port.id();
    if (id === this.serverId) return false;
    if (rendered) this.leave();
    else if (id && id !== this.loadedId) void this.load();
    return rendered;
  }

  /**
   * Leave the profile being edited for the one `job-profile-id` now names, or for a new, empty
   * one when it was removed. Edits of the old profile not yet on the server stay on this device
   * under its own key; a save under way finishes for the old profile and changes nothing here.
   */
  private leave(): void {
    const left = this.serverId;
    clearTimeout(this.timer);
    this.generation++;
    this.saved = this.serverId = this.loadedId = undefined;
    this.dirty = false;
    this.state = 'idle';
    this.notice = '';
    this.defaultDraft = emptyDraft();
    this.port.show(emptyDraft());
    if (this.port.id()) return void this.load();
    // A new profile: what this device kept for "new" belongs to the profile just left (it is on
    // the server under its id), so it is not picked up again.
    if (left && this.readLocal()?.id === left) forgetLocal(this.key);
    this.restore();
  }

  /** Load the profile of `job-profile-id` (again), with unsaved changes from this device on top. */
  async load(): Promise<void> {
    const id = this.port.id();
    if (!id) return;
    this.loadedId = id;
    this.loadFailed = false;
    this.host.requestUpdate();
    try {
      const [{ JobProfileInput }, job] = await Promise.all([
        import('./draft-check.js'),
        this.port.client().request(routes.getJobProfile, { params: { id } }),
      ]);
      if (this.loadedId !== id) return;
      this.saved = job;
      this.serverId = job.id;
      // A published profile is edited through its draft: what candidates see stays until publish.
      // Its input fields only (hard requirements, and what the builder does not show, kept as they are).
      this.defaultDraft = JobProfileInput.parse(job.draft ?? job);
      const local = this.readLocal();
      if (local?.dirty && job.status !== 'closed') {
        this.port.show(local.draft);
        this.notice = this.port.t().restored;
        this.dirty = true;
        this.schedule();
      } else {
        this.port.show(this.defaultDraft);
        this.state = 'saved';
      }
      this.host.requestUpdate();
    } catch (error) {
      if (this.loadedId !== id) return;
      this.loadFailed = true;
      this.host.requestUpdate();
      this.port.reportError(error);
    }
  }

  /** Per employer: on a shared computer one employer never gets another's draft. */
  private get key(): string {
    return `${STORAGE_PREFIX}${personOf(this.port.token())}:${this.port.id() ?? 'new'}`;
  }

  private readLocal(): Stored | undefined {
    return this.port.keepLocal() ? readLocal(this.key, isStored) : undefined;
  }

  /** Keep the draft on this device at once: a reload or a lost connection loses nothing. */
  writeLocal(): void {
    if (this.port.keepLocal()) writeLocal(this.key, { id: this.serverId, draft: this.port.draft(), dirty: this.dirty });
  }

  /** A token that arrives after the builder (a page that logs in): that employer's kept draft comes up. */
  hostUpdate(): void {
    if (!this.port.id() && this.state === 'idle' && this.key !== this.restoredFrom) this.restore();
  }

  /** The key the draft was last picked up from. */
  private restoredFrom?: string;

  /** A new builder picks up the draft this device kept (and the server draft it belongs to). */
  private restore(): void {
    this.restoredFrom = this.key;
    const local = this.readLocal();
    if (!local) return;
    this.port.show(local.draft);
    this.dirty = local.dirty;
    this.state = 'local';
    this.serverId = local.id;
    if (local.dirty) this.schedule();
  }

  /** The employer changed the draft: keep it here now, save it on the server in a moment. */
  edited(): void {
    this.dirty = true;
    this.notice = '';
    if (this.state !== 'saving') this.state = 'local';
    this.writeLocal();
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY);
  }

  private onOnline = () => {
    if (this.dirty) void this.save();
  };

  /**
   * Save the draft on the server now (create it, or update it). Does nothing and returns
   * undefined when the profile is not valid, there is no employer token, or it is closed.
   */
  save(): Promise<JobProfile | undefined> {
    clearTimeout(this.timer);
    const run = this.queue.then(async () => {
      const { JobProfileInput } = await import('./draft-check.js');
      const draft = this.port.draft();
      const parsed = JobProfileInput.safeParse(toInput(draft));
      if (!parsed.success || !this.port.token() || this.saved?.status === 'closed') return this.saved;
      if (!this.dirty && this.saved) return this.saved;
      const generation = this.generation;
      const client = this.port.client();
      this.state = 'saving';
      this.host.requestUpdate();
      try {
        const job = this.serverId
          ? await client.request(routes.updateJobProfile, { params: { id: this.serverId }, body: parsed.data })
          : await client.request(routes.createJobProfile, { body: parsed.data });
        if (generation !== this.generation) return job;
        this.saved = job;
        this.serverId = job.id;
        // Edits made while the request was under way still need saving.
        this.dirty = this.port.draft() !== draft;
        this.state = 'saved';
        this.host.requestUpdate();
        this.writeLocal();
        if (this.dirty) this.schedule();
        this.fire('pfw-job-profile-saved', job);
        return job;
      } catch (error) {
        if (generation !== this.generation) return undefined;
        this.state = 'failed';
        this.host.requestUpdate();
        this.port.reportError(error);
        return undefined;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Save and publish (the builder checks the draft first). */
  publish(): Promise<JobProfile | undefined> {
    return this.once(async () => {
      // Never a button that does nothing: without an employer's token, say what is missing.
      if (!this.port.token()) {
        this.notice = this.port.t().publishNeedsLogin;
        return undefined;
      }
      const job = await this.save();
      if (!job) return undefined;
      if (job.status === 'published' && !job.draft) return job;
      return this.setStatus(routes.publishJobProfile, 'pfw-job-profile-published', this.port.t().published);
    });
  }

  /** Close the published profile: candidates no longer find it. */
  close(): Promise<JobProfile | undefined> {
    return this.once(async () =>
      this.saved?.status === 'published'
        ? this.setStatus(routes.closeJobProfile, 'pfw-job-profile-closed', this.port.t().closed)
        : this.saved,
    );
  }

  /**
   * Publish and close run one after another: pressing again while one is under way (a double
   * click) finds it done and does nothing, instead of sending it twice (the second would fail).
   */
  private once(action: () => Promise<JobProfile | undefined>): Promise<JobProfile | undefined> {
    const run: Promise<JobProfile | undefined> = (this.busy ?? Promise.resolve()).then(action).finally(() => {
      if (this.busy === run) this.busy = undefined;
      this.host.requestUpdate();
    });
    this.busy = run;
    this.host.requestUpdate();
    return run;
  }

  private async setStatus(
    route: typeof routes.publishJobProfile | typeof routes.closeJobProfile,
    event: 'pfw-job-profile-published' | 'pfw-job-profile-closed',
    say: (title: string) => string,
  ): Promise<JobProfile | undefined> {
    try {
      const job = await this.port.client().request(route, { params: { id: this.serverId! } });
      this.saved = job;
      // The profile now lives on the server under its id: a fresh builder starts empty again.
      forgetLocal(STORAGE_PREFIX + 'new');
      this.dirty = false;
      this.notice = say(job.title);
      this.host.requestUpdate();
      this.fire(event, job);
      return job;
    } catch (error) {
      this.notice = this.port.t().actionFailed;
      this.host.requestUpdate();
      this.port.reportError(error);
      return undefined;
    }
  }

  private fire(type: string, jobProfile: JobProfile): void {
    this.host.dispatchEvent(
      new CustomEvent<JobProfileEventDetail>(type, { detail: { jobProfile }, bubbles: true, composed: true }),
    );
  }
}
