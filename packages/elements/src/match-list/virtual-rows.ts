/**
 * Virtual scrolling of the match list: only the rows in view (and OVERSCAN more on each side)
 * are rendered. Rows grow when a title wraps (on a phone most do), so each row's height is
 * measured once it is shown. Keyboard: one tab stop, arrows, Page Up/Down, Home and End.
 *
 * The rows scroll in a box of their own (--pfw-match-list-height) or, where the styles give the
 * box no height of its own (on a phone: no scrolling inside the scrolling page), with the page:
 * the rows in view are those both the box and the window show.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Match } from '@pfw/contract';

/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 6;

/** The row at this distance from the top of the list. */
function rowAt(offsets: number[], y: number): number {
  let low = 0;
  let high = Math.max(0, offsets.length - 2);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

export class VirtualRows implements ReactiveController {
  /** Rows rendered now: from first up to (not including) last. */
  first = 0;
  last = 0;
  /** The row with the tab stop. */
  active = 0;
  /** The rows as last laid out: the top of each, offsets[n] the height of them all. */
  layout: { items: Match[]; offsets: number[] } = { items: [], offsets: [0] };
  /** Heights of the rows seen so far, at the current width. */
  private heights = new WeakMap<Match, number>();
  /**
   * What a row not seen yet counts as: the least height of a row (--pfw-match-list-row-height)
   * until rows are shown, then their average, fixed until the width changes. A fixed estimate
   * keeps the rows in view still while others are measured: only the scroll bar adjusts.
   */
  private estimate = 76;
  private estimated = false;
  private measuredWidth = 0;
  private readonly resizes = new ResizeObserver(() => this.onResize());

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private get viewport(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.viewport');
  }

  private get list(): HTMLElement | null {
    return this.host.renderRoot.querySelector('ol[part=list]');
  }

  hostConnected(): void {
    this.resizes.observe(this.host);
    // Capturing: the page's scrolling too (the window's, or a box the page scrolls in). A window
    // only taller or shorter is caught up at the next scroll (OVERSCAN rows cover it meanwhile).
    addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  hostDisconnected(): void {
    this.resizes.disconnect();
    removeEventListener('scroll', this.onScroll, { capture: true });
  }

  /** The part of the list in view, from the list's top: what both the box and the window show. */
  private view(): { top: number; height: number } {
    const box = this.viewport?.getBoundingClientRect();
    const list = this.list?.getBoundingClientRect();
    if (!box || !list) return { top: 0, height: 480 };
    const top = Math.max(box.top, 0);
    // Out of the window (a box below the fold): no height, so the rows at the box's scroll
    // position are still rendered (OVERSCAN of them), never none.
    return { top: top - list.top, height: Math.max(0, Math.min(box.bottom, innerHeight) - top) };
  }

  /** The least row height, from the custom property, once the element has its styles. */
  measureEstimate(): void {
    const probe = getComputedStyle(this.host).getPropertyValue('--pfw-match-list-row-height').trim() || '4.75rem';
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.estimate = probe.endsWith('rem') ? parseFloat(probe) * rem : parseFloat(probe) || this.estimate;
  }

  /** Another width wraps titles differently: measure the rows again. */
  private onResize(): void {
    const width = this.host.getBoundingClientRect().width;
    if (Math.abs(width - this.measuredWidth) < 0.5) return;
    this.measuredWidth = width;
    this.heights = new WeakMap();
    this.estimated = false;
    // In the next frame, not while the observer delivers: rows going with the page change the
    // element's height, which would be a resize inside the observer's own callback.
    requestAnimationFrame(() => this.host.requestUpdate());
  }

  /**
   * Which rows to render, and the space above and below them. The space is set before the rows
   * change too: the new space above, and below at least what there was. The list is then never
   * shorter than it will be, even for a moment, which would pull the scroll position up (and
   * move the row under a pointer about to click).
   */
  layOut(items: Match[]): void {
    const offsets = new Array<number>(items.length + 1);
    offsets[0] = 0;
    for (let i = 0; i < items.length; i++)
      offsets[i + 1] = offsets[i]! + (this.heights.get(items[i]!) ?? this.estimate);
    this.layout = { items, offsets };
    [this.first, this.last] = this.windowOf(offsets);
    const list = this.list;
    if (list) {
      list.style.paddingTop = `${offsets[this.first]}px`;
      list.style.paddingBottom = `${Math.max(parseFloat(list.style.paddingBottom) || 0, offsets[items.length]! - offsets[this.last]!)}px`;
    }
  }

  /** The rows in view, with OVERSCAN more on each side. */
  private windowOf(offsets: number[]): [first: number, last: number] {
    const count = offsets.length - 1;
    const { top, height } = this.view();
    const first = Math.max(0, rowAt(offsets, top) - OVERSCAN);
    const last = Math.min(count, rowAt(offsets, top + height) + OVERSCAN + 1);
    return [first, last];
  }

  readonly onScroll = (): void => {
    const [first, last] = this.windowOf(this.layout.offsets);
    // The row with the tab stop scrolled out of the rows on show: the first row in view takes it,
    // so Tab still leads into the list (not onto the scrolling box, which says nothing).
    if (this.active < first || this.active >= last) {
      this.active = rowAt(this.layout.offsets, this.view().top);
      this.host.requestUpdate();
    } else if (first !== this.first || last !== this.last) this.host.requestUpdate();
  };

  /** Put the keyboard on this row's button, scrolled into view (arrow keys; closing its details). */
  focusRow(index: number): void {
    const count = this.layout.items.length;
    if (!count) return;
    this.active = Math.min(count - 1, Math.max(0, index));
    const viewport = this.viewport!;
    const { offsets } = this.layout;
    const top = offsets[this.active] ?? 0;
    const bottom = offsets[this.active + 1] ?? top;
    const view = this.view();
    // Scrolled just enough to show the row: the box as far as it goes, the page the rest.
    const by = top < view.top ? top - view.top : bottom > view.top + view.height ? bottom - view.top - view.height : 0;
    const before = viewport.scrollTop;
    viewport.scrollTop += by;
    scrollBy(0, by - viewport.scrollTop + before);
    this.onScroll();
    this.activate(this.active);
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${this.active}"] .open`)?.focus(),
    );
  }

  /** Give this row the tab stop. */
  activate(index: number): void {
    this.active = index;
    this.host.requestUpdate();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const page = Math.max(1, Math.floor(this.view().height / this.estimate));
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) this.focusRow(this.active + moves[event.key]!);
    else if (event.key === 'Home') this.focusRow(0);
    else if (event.key === 'End') this.focusRow(this.layout.items.length - 1);
    else return;
    event.preventDefault();
  };

  /**
   * The rows above and below the window are padding, set through the CSSOM: a style attribute
   * (which styleMap writes on first render) is blocked by a strict Content-Security-Policy.
   * Then the rows on show are measured; when one is not as tall as counted, the padding is
   * counted again.
   */
  hostUpdated(): void {
    const list = this.list;
    if (!list) return;
    const { items, offsets } = this.layout;
    list.style.paddingTop = `${offsets[this.first]}px`;
    list.style.paddingBottom = `${offsets[items.length]! - offsets[this.last]!}px`;
    let changed = false;
    let sum = 0;
    let count = 0;
    for (const row of list.querySelectorAll<HTMLElement>('[part=row]')) {
      const item = items[Number(row.dataset.index)];
      const height = row.getBoundingClientRect().height;
      if (!item || !height) continue;
      if (Math.abs((this.heights.get(item) ?? this.estimate) - height) > 0.5) changed = true;
      this.heights.set(item, height);
      sum += height;
      count++;
    }
    if (!this.estimated && count) {
      this.estimated = true;
      changed ||= Math.abs(sum / count - this.estimate) > 0.5;
      this.estimate = sum / count;
    }
    if (changed) this.host.requestUpdate();
  }
}
