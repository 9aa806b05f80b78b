-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateEnum
CREATE TYPE "NotificationMode" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "verificationScannedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "events" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "secret" TEXT NOT NULL,
    "previousSecret" TEXT,
    "previousSecretExpiresAt" TIMESTAMP(3),
    "failingSince" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "id" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" "NotificationMode" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" "NotificationMode" NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_workspaceId_createdAt_idx" ON "OutboxEvent"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_workspaceId_idx" ON "WebhookEndpoint"("workspaceId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attempt_idx" ON "WebhookAttempt"("deliveryId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationPreference_membershipId_kind_key" ON "NotificationPreference"("membershipId", "kind");

-- CreateIndex
CREATE INDEX "Notification_userId_status_idx" ON "Notification"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_eventId_userId_key" ON "Notification"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "OutboxEvent" ADD CONSTRAINT "OutboxEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutboxEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutboxEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- What the worker looks for: events not yet fanned out, deliveries and notifications due.
CREATE INDEX "OutboxEvent_undispatched_idx" ON "OutboxEvent"("createdAt") WHERE "dispatchedAt" IS NULL;
CREATE INDEX "WebhookDelivery_due_idx" ON "WebhookDelivery"("nextAttemptAt") WHERE "status" = 'PENDING';
CREATE INDEX "Notification_due_idx" ON "Notification"("nextAttemptAt") WHERE "status" = 'PENDING';

-- "A touchpoint your department relies on lost its owner" (DESIGN.md, Notifications), whatever made it lose the
-- last A: a matrix cell, a release, a claim decided with a demotion, a RACI sheet, a department deleted. Written
-- here, in the statement that removes the last A, so it commits or rolls back with the change. A touchpoint that
-- is itself being deleted loses nothing anyone relies on.
CREATE FUNCTION "throughline_emit_ownership_lost"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lost jsonb;
BEGIN
  -- The A holders this statement removed: deleted A rows, or A rows changed to another role. Most statements
  -- (any other role, a new A) remove none and stop here.
  IF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('touchpointId', "touchpointId", 'departmentId', "departmentId"))
      INTO lost FROM old_rows WHERE "role" = 'A';
  ELSE
    SELECT jsonb_agg(jsonb_build_object('touchpointId', o."touchpointId", 'departmentId', o."departmentId"))
      INTO lost FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE o."role" = 'A' AND n."role" <> 'A';
  END IF;
  IF lost IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO "OutboxEvent" ("id", "workspaceId", "type", "data", "createdAt")
  SELECT gen_random_uuid(), t."workspaceId", 'ownership.lost',
    jsonb_build_object(
      'touchpoint', jsonb_build_object('id', t."id", 'name', t."name"),
      'journey', jsonb_build_object('id', j."id", 'name', j."name"),
      'stage', jsonb_build_object('id', s."id", 'name', s."name"),
      'formerOwners', (
        SELECT COALESCE(jsonb_agg(jsonb_build_object('id', l."departmentId", 'name', d."name")), '[]'::jsonb)
        FROM jsonb_to_recordset(lost) AS l("touchpointId" uuid, "departmentId" uuid)
        LEFT JOIN "Department" d ON d."id" = l."departmentId"
        WHERE l."touchpointId" = t."id"),
      'departments', (
        SELECT COALESCE(jsonb_agg(jsonb_build_object('id', d."id", 'name', d."name", 'role', a."role")
          ORDER BY d."position"), '[]'::jsonb)
        FROM "Assignment" a JOIN "Department" d ON d."id" = a."departmentId" WHERE a."touchpointId" = t."id")),
    now() AT TIME ZONE 'UTC'
  FROM "Touchpoint" t
  JOIN "Journey" j ON j."id" = t."journeyId"
  JOIN "Stage" s ON s."id" = t."stageId"
  WHERE t."id" IN (SELECT DISTINCT l."touchpointId" FROM jsonb_to_recordset(lost) AS l("touchpointId" uuid))
    AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = t."id" AND a."role" = 'A');
  RETURN NULL;
END
$$;

CREATE TRIGGER "Assignment_ownership_lost_on_delete" AFTER DELETE ON "Assignment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "throughline_emit_ownership_lost"();
CREATE TRIGGER "Assignment_ownership_lost_on_update" AFTER UPDATE ON "Assignment"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "throughline_emit_ownership_lost"();
