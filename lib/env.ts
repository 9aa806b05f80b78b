// The one place that reads process.env: validated once, on first use (never at import, so `next build`
// needs no configuration).
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // A PostgreSQL server; without it the app runs on embedded PGlite in THROUGHLINE_DATA_DIR.
  DATABASE_URL: z.url().optional(),
  THROUGHLINE_DATA_DIR: z.string().min(1).default("./.data"),
  // `demo` seeds the demo workspace into an empty database at start; `none` leaves it empty.
  THROUGHLINE_SEED: z.enum(["demo", "none"]).default("demo"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests switch databases between files; this forgets the cached values. */
export function resetEnvForTesting(): void {
  cached = undefined;
}
