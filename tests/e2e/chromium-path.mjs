// The browser the tests drive: CHROMIUM_PATH, else Debian's Chromium headless shell, which draws pages as the full
// browser does without its windowing parts (the browser suite took a third less CPU with it than with
// /usr/bin/chromium, 2026-11-30), else Debian's full Chromium where only that is installed. Playwright cannot
// download its own browsers here.
import { existsSync } from "node:fs";

export const HEADLESS_SHELL_PATH = "/usr/lib/chromium/chromium-headless-shell";
export const FULL_CHROMIUM_PATH = "/usr/bin/chromium";
export const DEBIAN_PACKAGE = "chromium-headless-shell";

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (!existsSync(HEADLESS_SHELL_PATH) && existsSync(FULL_CHROMIUM_PATH)) return FULL_CHROMIUM_PATH;
  return HEADLESS_SHELL_PATH;
}
