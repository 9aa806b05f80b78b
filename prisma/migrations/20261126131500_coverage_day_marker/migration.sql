-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "coverageDay" DATE;


-- Hand-written: existing history already ends at its latest row, so the marker starts there.
UPDATE "Workspace" AS w
SET "coverageDay" = (SELECT max(s."day") FROM "CoverageSnapshot" AS s WHERE s."workspaceId" = w."id");
