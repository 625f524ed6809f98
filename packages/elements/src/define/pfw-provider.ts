import { define } from '../base/define.js';
import { PfwProvider } from '../provider/provider.js';

define('pfw-provider', PfwProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pfw-provider': PfwProvider;
  }
}
