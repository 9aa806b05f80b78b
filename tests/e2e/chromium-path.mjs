// The browser the tests drive: CHROMIUM_PATH, else Debian's Chromium headless shell, which draws pages as the full
// browser does without its windowing parts (the browser suite took a third less CPU with it than with
// /usr/bin/chromium, 2026-11-30). Playwright cannot download its own browsers here.
export const DEFAULT_CHROMIUM_PATH = "/usr/lib/chromium/chromium-headless-shell";
export const DEBIAN_PACKAGE = "chromium-headless-shell";

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}
