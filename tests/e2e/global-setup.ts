import { needBrowsers } from '../../scripts/need-browser';

/** No Chromium: one line naming the Debian packages, before any test tries to launch it. */
export default function setup(): void {
  needBrowsers('chromium');
}
