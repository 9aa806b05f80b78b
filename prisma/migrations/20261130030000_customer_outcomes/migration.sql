-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('SCORE', 'PERCENT', 'NPS', 'COUNT');

-- CreateEnum
CREATE TYPE "MeasureDirection" AS ENUM ('HIGHER', 'LOWER');

-- AlterTable
ALTER TABLE "Journey" ADD COLUMN     "ownerMembershipId" UUID;

-- CreateTable
CREATE TABLE "Measure" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MeasureKind" NOT NULL,
    "direction" "MeasureDirection" NOT NULL,
    "scaleMin" DOUBLE PRECISION,
    "scaleMax" DOUBLE PRECISION,
    "unit" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeTarget" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "journeyId" UUID NOT NULL,
    "touchpointId" UUID,
    "scopeId" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutcomeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeReading" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "journeyId" UUID NOT NULL,
    "touchpointId" UUID,
    "scopeId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "sampleSize" INTEGER,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutcomeReading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Measure_workspaceId_name_key" ON "Measure"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "OutcomeTarget_workspaceId_idx" ON "OutcomeTarget"("workspaceId");

-- CreateIndex
CREATE INDEX "OutcomeTarget_journeyId_idx" ON "OutcomeTarget"("journeyId");

-- CreateIndex
CREATE INDEX "OutcomeTarget_touchpointId_idx" ON "OutcomeTarget"("touchpointId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeTarget_measureId_scopeId_key" ON "OutcomeTarget"("measureId", "scopeId");

-- CreateIndex
CREATE INDEX "OutcomeReading_workspaceId_month_idx" ON "OutcomeReading"("workspaceId", "month");

-- CreateIndex
CREATE INDEX "OutcomeReading_journeyId_idx" ON "OutcomeReading"("journeyId");

-- CreateIndex
CREATE INDEX "OutcomeReading_touchpointId_idx" ON "OutcomeReading"("touchpointId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeReading_measureId_scopeId_month_key" ON "OutcomeReading"("measureId", "scopeId", "month");

-- CreateIndex
CREATE INDEX "Journey_ownerMembershipId_idx" ON "Journey"("ownerMembershipId");

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_ownerMembershipId_fkey" FOREIGN KEY ("ownerMembershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTarget" ADD CONSTRAINT "OutcomeTarget_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTarget" ADD CONSTRAINT "OutcomeTarget_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTarget" ADD CONSTRAINT "OutcomeTarget_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTarget" ADD CONSTRAINT "OutcomeTarget_touchpointId_fkey" FOREIGN KEY ("touchpointId") REFERENCES "Touchpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_touchpointId_fkey" FOREIGN KEY ("touchpointId") REFERENCES "Touchpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: what the schema cannot express.

-- A score has its own scale (min below max); percent, NPS and count have theirs by kind and store none.
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_scale_check" CHECK (
  ("kind" = 'SCORE' AND "scaleMin" IS NOT NULL AND "scaleMax" IS NOT NULL AND "scaleMin" < "scaleMax")
  OR ("kind" <> 'SCORE' AND "scaleMin" IS NULL AND "scaleMax" IS NULL)
);

-- The scope key is the touchpoint when there is one, else the journey: one target per (scope, measure) and one
-- reading per (scope, measure, month), whichever the scope is.
ALTER TABLE "OutcomeTarget" ADD CONSTRAINT "OutcomeTarget_scope_check"
  CHECK ("scopeId" = COALESCE("touchpointId", "journeyId"));
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_scope_check"
  CHECK ("scopeId" = COALESCE("touchpointId", "journeyId"));

-- Values are finite numbers (double precision would take NaN and infinities).
ALTER TABLE "OutcomeTarget" ADD CONSTRAINT "OutcomeTarget_value_check"
  CHECK ("value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8));
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_value_check"
  CHECK ("value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8));

-- A calendar month, "YYYY-MM"; a sample is at least one response.
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_month_check"
  CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
ALTER TABLE "OutcomeReading" ADD CONSTRAINT "OutcomeReading_sampleSize_check"
  CHECK ("sampleSize" IS NULL OR "sampleSize" >= 1);
