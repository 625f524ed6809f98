import { setup } from './setup.js';

await setup();
