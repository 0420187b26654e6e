import { existsSync } from 'node:fs';
import { chromiumPath as configuredPath } from '../../scripts/lib/browserBench';

export { CHROMIUM_ARGS } from '../../scripts/lib/browserBench';

/**
 * Debian's Chromium, or the browser named by `CHROME_PATH`; throws with the fix if it is missing.
 * @example chromiumPath() // '/usr/bin/chromium'
 */
export function chromiumPath(): string {
  const path = configuredPath();
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return path;
}
