import { needBrowsers } from '../../scripts/need-browser';

/** No Firefox: one line naming the package, before any test launches it. */
export default function setup(): void {
  needBrowsers('firefox');
}
