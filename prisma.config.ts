// Prisma CLI configuration. The app applies migrations itself (lib/db/migrate.ts); a team that can run
// Prisma's own CLI may use `prisma migrate deploy` against DATABASE_URL and sees the same history.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/throughline" },
});
