// Browser tests drive Debian's Chromium (Playwright cannot download its own browsers here). Installs it
// when missing and we are root on Debian; otherwise says exactly what to install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `Chromium was not found at ${path}. Install Debian's package (sudo apt-get update && sudo apt-get install -y chromium)` +
      " or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
console.info("Installing Debian's chromium for the browser tests…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
