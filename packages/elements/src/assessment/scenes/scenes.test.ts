/**
 * The drawings of the work scenes: one for every setting the bank knows, each an image with a
 * text alternative in both languages, drawn from shapes only (no images, links or scripts), and
 * the lazy loader that shows a box of the same size until they come.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { SceneSetting, type Lang, type Step } from '@pfw/contract';
import { baseStyles } from '../../base/tokens.js';
import { styles as assessmentStyles } from '../assessment.styles.js';
import { SCENES, drawing } from './art.js';
import { ScenePictures } from './pictures.js';
import { sayIn } from '../say.js';

const scene = (picture?: string): Step => ({
  id: 'ca-s1',
  kind: 'scene',
  prompt: { nl: 'Wat doe je?', en: 'What do you do?' },
  options: [{ text: { nl: 'Dit', en: 'This' } }, { text: { nl: 'Dat', en: 'That' } }],
  ...(picture && { picture }),
  expectedSeconds: 10,
});

/** A host like the assessment's card: the widget's styles, and the pictures of the step it is given. */
class PictureHost extends LitElement {
  static override styles = [baseStyles, assessmentStyles];
  step = scene('warehouse');
  readonly pictures = new ScenePictures(this);
  protected override render() {
    return html`<div class="card scene">${this.pictures.render(this.step, [this.step], 'nl')}</div>`;
  }
}
customElements.define('x-picture-host', PictureHost);

describe('scene drawings', () => {
  it('has a drawing for every setting of the contract, and none other', () => {
    expect(Object.keys(SCENES).sort()).to.deep.equal([...SceneSetting.options].sort());
  });

  for (const setting of SceneSetting.options) {
    it(`draws ${setting}: an image with a Dutch and an English label, shapes only, accessible`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const labels: Record<Lang, string> = { nl: '', en: '' };
      for (const lang of ['en', 'nl'] as const) {
        render(drawing(setting, sayIn(lang)), host);
        const svg = host.querySelector('svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        labels[lang] = svg.getAttribute('aria-label')?.trim() ?? '';
        expect(labels[lang], `${setting} ${lang}`).to.not.equal('');
        expect(svg.getAttribute('viewBox')).to.equal('0 0 320 160');
        expect(svg.querySelectorAll('path').length, 'shapes').to.be.greaterThan(8);
        const markup = svg.outerHTML.toLowerCase();
        for (const banned of ['<image', 'href=', '<script', '<foreignobject', '<style', 'style=', 'url('])
          expect(markup, `${setting} contains ${banned}`).to.not.contain(banned);
      }
      expect(labels.nl).to.not.equal(labels.en);
      await expect(host).to.be.accessible();
    });
  }

  it('draws nothing for a setting it does not know (a newer server)', () => {
    expect(drawing('moon-base', sayIn('nl'))).to.equal(undefined);
    expect(drawing('toString', sayIn('nl'))).to.equal(undefined);
  });
});

describe('scene pictures (lazy)', () => {
  it('shows a box of the drawing’s size, then the drawing in the theme’s colours; nothing without a picture', async () => {
    const host = await fixture<PictureHost>(html`<x-picture-host style="width: 20rem"></x-picture-host>`);
    const root = host.shadowRoot!;
    const first = root.querySelector<HTMLElement>('.art')!;
    const box = first.getBoundingClientRect();
    await waitUntil(() => root.querySelector('svg.art'), 'the drawing came');
    const svg = root.querySelector<SVGSVGElement>('svg.art')!;
    const drawn = svg.getBoundingClientRect();
    expect(first.tagName, 'a box first: the drawings are still loading').to.equal('DIV');
    expect(first.getAttribute('aria-hidden')).to.equal('true');
    expect(drawn.height, 'no jump when the drawing comes').to.be.closeTo(box.height, 0.5);
    expect(drawn.width).to.be.closeTo(2 * drawn.height, 1);
    expect(drawn.width, 'within the card').to.be.at.most(host.getBoundingClientRect().width);
    // The colours come from the chunk's style sheet: the player's shirt is the primary colour.
    const primary = getComputedStyle(root.querySelector('.card')!).getPropertyValue('--_color-primary').trim();
    expect(primary).to.not.equal('');
    const shirt = getComputedStyle(svg.querySelector('path.p')!).fill;
    expect(shirt).to.not.equal('rgb(0, 0, 0)');
    await expect(host).to.be.accessible();

    host.step = scene();
    host.requestUpdate();
    await host.updateComplete;
    expect(root.querySelector('.art')).to.equal(null);
  });
});
