/**
 * All three languages' messages, registered as this module loads: for the server (imported by
 * `hooks.server.ts`), the CLI and the tests, which word things in any language at any time.
 * A browser page loads only its own language instead (`loadMessages`). Framework-free.
 */
import * as da from '../paraglide/messages/da.js';
import * as en from '../paraglide/messages/en.js';
import * as nb from '../paraglide/messages/nb.js';
import { registerMessages } from './index';

registerMessages('nb', nb);
registerMessages('da', da);
registerMessages('en', en);
