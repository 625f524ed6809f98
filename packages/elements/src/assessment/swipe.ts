/**
 * Swiping a card: right is "dat ben ik", left "dat ben ik niet". The buttons under the card do
 * the same, so swiping is never needed. The card's tilt goes through the CSSOM, not a style
 * attribute: a strict Content-Security-Policy (style-src without 'unsafe-inline') blocks those.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Swipe a card this far (px) to answer. */
const SWIPE_PX = 80;

export class CardSwipe implements ReactiveController {
  private from?: number;
  private dragX = 0;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  readonly down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.from = e.clientX;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };

  readonly move = (e: PointerEvent): void => {
    if (this.from !== undefined) this.drag(e.clientX - this.from);
  };

  /** The pointer let go: answer 3 (right) or 0 (left) when the card went far enough. */
  up(answer: (choice: number) => void): void {
    if (this.from === undefined) return;
    const dx = this.dragX;
    this.from = undefined;
    this.drag(0);
    if (dx >= SWIPE_PX) answer(3);
    else if (dx <= -SWIPE_PX) answer(0);
  }

  private drag(x: number): void {
    if (x === this.dragX) return;
    this.dragX = x;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const card = this.host.renderRoot.querySelector<HTMLElement>('.card');
    const tilt = this.reducedMotion.matches ? 0 : this.dragX;
    if (card) card.style.transform = tilt ? `translateX(${tilt}px) rotate(${tilt / 20}deg)` : '';
  }
}
