// Files that share a worker's modules must not replace modules for themselves: a vi.mock there would either
// miss modules an earlier file already loaded or leak into the files after it (vitest.config.ts).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ISOLATED_TEST_FILES } from "../../vitest.config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REPLACES_MODULES = /\bvi\.(mock|doMock|resetModules|unmock)\(/;

async function testFiles(): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ["lib", "components", "tests"]) {
    const entries = await readdir(path.join(ROOT, folder), { recursive: true });
    for (const entry of entries)
      if (/\.test\.tsx?$/.test(entry)) found.push(path.posix.join(folder, entry.split(path.sep).join("/")));
  }
  return found;
}

describe("test isolation", () => {
  it("runs every test file that replaces modules in a process of its own", async () => {
    const replacing: string[] = [];
    for (const file of await testFiles())
      if (REPLACES_MODULES.test(await readFile(path.join(ROOT, file), "utf8"))) replacing.push(file);
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((file) => !ISOLATED_TEST_FILES.includes(file))).toEqual([]);
  });

  it("lists only files that exist", async () => {
    const files = await testFiles();
    expect(ISOLATED_TEST_FILES.filter((file) => !files.includes(file))).toEqual([]);
  });
});
