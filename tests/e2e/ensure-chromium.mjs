// Browser tests drive Debian's Chromium headless shell (chromium-path.mjs). Installs it when missing and we are
// root on Debian; otherwise says exactly what to install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DEBIAN_PACKAGE, FULL_CHROMIUM_PATH, HEADLESS_SHELL_PATH } from "./chromium-path.mjs";

const path = process.env.CHROMIUM_PATH || HEADLESS_SHELL_PATH;
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
if (!process.env.CHROMIUM_PATH && (!isRoot || !hasApt) && existsSync(FULL_CHROMIUM_PATH)) {
  // Cannot install the lighter headless shell here; the full Chromium runs the same tests (chromium-path.mjs).
  console.info(
    `Using ${FULL_CHROMIUM_PATH}: installing ${DEBIAN_PACKAGE} would make the browser tests lighter.`,
  );
  process.exit(0);
}
if (!isRoot || !hasApt) {
  console.error(
    `Chromium was not found at ${path}. Install Debian's package (sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGE})` +
      " or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
console.info(`Installing Debian's ${DEBIAN_PACKAGE} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", DEBIAN_PACKAGE], {
  stdio: "inherit",
  env,
});
