/**
 * The drawings of the work scenes are a lazy chunk (art.ts), loaded once per page as soon as a
 * scene with a picture is among the steps on the device: the server sends a few steps ahead,
 * so the drawing is there by the time its scene shows. Until then the scene shows an empty box
 * of the drawing's size, so nothing jumps when it arrives. The chunk brings its colours as a
 * style sheet, added to the element's own.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { adopt } from '../../base/adopt.js';
import type { TextLang, Step } from '@pfw/contract';

type Art = typeof import('./art.js');

let art: Art | undefined;
let loading: Promise<Art | undefined> | undefined;
/** The last load failed (offline before the chunk came): show no box, try again on the next render. */
let failed = false;

/** The drawings' chunk: imported once; after a failure, imported again when next asked. */
export function loadArt(): Promise<Art | undefined> {
  return (loading ??= import('./art.js').then(
    (module) => {
      failed = false;
      return (art = module);
    },
    () => {
      failed = true;
      loading = undefined;
      return undefined;
    },
  ));
}

/** The scene pictures of one element: asks it to draw again when the drawings (or their texts in a new language) have come. */
export class ScenePictures {
  private asked = false;

  constructor(private readonly host: ReactiveElement) {}

  /**
   * The drawing of a step's workplace (a box of its size while the drawings load), or nothing
   * for a step without a picture. `steps`: the steps on the device, this one and those ahead.
   */
  render(step: Step, steps: readonly Step[], lang: TextLang): TemplateResult | typeof nothing {
    if (!art && !this.asked && [step, ...steps].some((s) => s.picture)) {
      this.asked = true;
      void loadArt().then((loaded) => {
        this.asked = false;
        if (loaded) this.host.requestUpdate();
      });
    }
    if (!step.picture) return nothing;
    if (!art) return failed ? nothing : html`<div class="art" aria-hidden="true"></div>`;
    adopt(this.host.renderRoot, art.styles);
    return (
      art.drawing(
        step.picture,
        art.sayScene(lang, () => this.host.requestUpdate()),
      ) ?? nothing
    );
  }
}
