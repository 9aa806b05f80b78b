// Runs `prisma generate`. Generation needs no schema engine, but Prisma's CLI insists on finding one and would
// download it; pointing the variable at any existing file satisfies it, for this child process only, so
// `prisma migrate` elsewhere still finds its real engine.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
