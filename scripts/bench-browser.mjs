// One place for how the bench starts Chromium: the same binary the browser tests use, and flags that
// keep it from talking to anything but the local server (the network may be closed, and privacy matters).
import { chromiumPath } from "../tests/e2e/support/chromium-path.ts";

export { chromiumPath };

/** Chromium flags: headless, quiet, and every host except 127.0.0.1 made unresolvable. */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];
