-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "verificationCadenceDays" INTEGER NOT NULL DEFAULT 90;

-- AlterTable
ALTER TABLE "Touchpoint" ADD COLUMN     "ownershipConfirmedAt" TIMESTAMP(3);


-- A cadence of at least a day and at most two years (the settings form and its schema say the same).
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_verificationCadenceDays_range"
  CHECK ("verificationCadenceDays" BETWEEN 1 AND 730);

-- A change of A counts as a confirmation (DESIGN.md, Verification). Every path that writes roles (a matrix cell,
-- a claim decided, a contest resolved, a RACI sheet, a department deleted) changes "Assignment" rows, so the
-- rule lives here once: after each statement, the touchpoints where a department gained or lost A are confirmed
-- now. A role changed from R to C, say, leaves the confirmation alone.
CREATE FUNCTION "throughline_confirm_on_a_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Touchpoint" SET "ownershipConfirmedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" IN (SELECT "touchpointId" FROM new_rows WHERE "role" = 'A');
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Touchpoint" SET "ownershipConfirmedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" IN (SELECT "touchpointId" FROM old_rows WHERE "role" = 'A');
  ELSE
    UPDATE "Touchpoint" SET "ownershipConfirmedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" IN (
        SELECT n."touchpointId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE (n."role" = 'A') <> (o."role" = 'A'));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Assignment_confirm_on_insert" AFTER INSERT ON "Assignment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "throughline_confirm_on_a_change"();
CREATE TRIGGER "Assignment_confirm_on_delete" AFTER DELETE ON "Assignment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "throughline_confirm_on_a_change"();
CREATE TRIGGER "Assignment_confirm_on_update" AFTER UPDATE ON "Assignment"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "throughline_confirm_on_a_change"();

-- Ownership that exists already counts from when its A was last written.
UPDATE "Touchpoint" AS t SET "ownershipConfirmedAt" = a."at"
FROM (SELECT "touchpointId", max("updatedAt") AS "at" FROM "Assignment" WHERE "role" = 'A' GROUP BY "touchpointId") AS a
WHERE a."touchpointId" = t."id";
