/** Small DOM helpers the demo's plain-TypeScript pages share (the pages around the widgets, not widgets). */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * An accessible table: column headers, and each row's first cell a row header.
 * `hiddenCaption` keeps the caption for screen readers only; `cellClass` styles the data cells.
 */
export function table(
  caption: string,
  headers: string[],
  rows: (string | Node)[][],
  options: { hiddenCaption?: boolean; cellClass?: string } = {},
): HTMLTableElement {
  const t = el('table');
  t.append(el('caption', caption, options.hiddenCaption ? 'visually-hidden' : undefined));
  const head = el('tr');
  for (const h of headers) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  t.createTHead().append(head);
  const body = t.createTBody();
  for (const cells of rows) {
    const tr = el('tr');
    cells.forEach((cell, i) => {
      const td = i === 0 ? el('th') : el('td', undefined, options.cellClass);
      if (td instanceof HTMLTableCellElement && i === 0) td.scope = 'row';
      td.append(cell);
      tr.append(td);
    });
    body.append(tr);
  }
  return t;
}

/**
 * A wide table's box: it scrolls sideways on its own (the page does not), is named for screen
 * readers and can be reached by keyboard to scroll it.
 */
export function scrollRegion(label: string, content: Node): HTMLDivElement {
  const wrap = el('div', undefined, 'table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${label}, schuif opzij voor meer`);
  wrap.tabIndex = 0;
  wrap.append(content);
  return wrap;
}
