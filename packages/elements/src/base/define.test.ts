import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define()', () => {
  it('registers a tag once; the same class again is a no-op', () => {
    class A extends HTMLElement {
      static pfwVersion = '1.0.0';
    }
    define('pfw-test-a', A);
    expect(() => define('pfw-test-a', A)).not.to.throw();
    expect(customElements.get('pfw-test-a')).to.equal(A);
  });

  it('keeps the first version and warns once when another version defines the same tag', () => {
    class B1 extends HTMLElement {
      static pfwVersion = '1.0.0';
    }
    class B2 extends HTMLElement {
      static pfwVersion = '2.0.0';
    }
    define('pfw-test-b', B1);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('pfw-test-b', B2);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('pfw-test-b')).to.equal(B1);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('1.0.0').and.contain('2.0.0');
  });

  it('a second copy of the same version (another bundle on the page) is silent', () => {
    class C1 extends HTMLElement {
      static pfwVersion = '3.0.0';
    }
    class C2 extends HTMLElement {
      static pfwVersion = '3.0.0';
    }
    define('pfw-test-c', C1);
    const original = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      define('pfw-test-c', C2);
    } finally {
      console.warn = original;
    }
    expect(warned).to.equal(false);
  });
});
