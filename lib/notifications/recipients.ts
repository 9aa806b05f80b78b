// Who hears about each event (README, Email notifications), as one set-based INSERT per batch of dispatched events:
// the recipients of every event type are found in SQL from the event's data and the workspace's memberships, each
// gets the mode they chose for that kind (else its default), and OFF plans nothing. Re-running is harmless
// (ON CONFLICT on event and user), so a batch retried after a crash plans each notification once.
import type { FanOut } from "../outbox/dispatch";
import { NOTIFICATION_KIND_LIST, NOTIFICATION_KINDS } from "./kinds";
import { isEmailEnabled } from "./mailer";

export const planNotifications: FanOut = async (tx, events) => {
  // Without a mail server nothing is planned, so setting SMTP_URL later does not send a backlog of old news.
  if (events.length === 0 || !isEmailEnabled()) return;
  const kinds = [...NOTIFICATION_KIND_LIST];
  const defaults = kinds.map((kind) => NOTIFICATION_KINDS[kind].defaultMode);
  await tx.$executeRaw`
    WITH ev AS (
      SELECT "id", "workspaceId", "type", "data", "createdAt" FROM "OutboxEvent"
      WHERE "id" = ANY(${events.map((e) => e.id)}::uuid[])
    ),
    -- Departments whose heads hear about the event.
    dep AS (
      SELECT ev."id" AS "eventId", (ev."data" -> 'department' ->> 'id')::uuid AS "departmentId"
      FROM ev WHERE ev."type" IN ('claim.decided', 'verification.due', 'outcome.off_target')
      UNION
      SELECT ev."id", (d ->> 'id')::uuid
      FROM ev CROSS JOIN LATERAL jsonb_array_elements(ev."data" -> 'departments') AS d
      WHERE ev."type" IN ('contest.opened', 'ownership.lost')
      UNION
      SELECT ev."id", (d ->> 'id')::uuid
      FROM ev CROSS JOIN LATERAL jsonb_array_elements(ev."data" -> 'formerOwners') AS d
      WHERE ev."type" = 'ownership.lost'
    ),
    recipient AS (
      SELECT ev."id" AS "eventId", m."id" AS "membershipId"
      FROM ev JOIN "Membership" m ON m."workspaceId" = ev."workspaceId" AND m."role" = 'CX_LEAD'
      WHERE ev."type" IN ('claim.created', 'contest.opened')
      UNION
      SELECT dep."eventId", m."id"
      FROM dep JOIN ev ON ev."id" = dep."eventId"
      JOIN "Membership" m ON m."workspaceId" = ev."workspaceId" AND m."role" = 'DEPARTMENT_HEAD'
        AND m."departmentId" = dep."departmentId"
      UNION
      -- The author of a decided claim, while still a member of the workspace.
      SELECT ev."id", m."id"
      FROM ev JOIN "Claim" c ON c."id" = (ev."data" -> 'claim' ->> 'id')::uuid
      JOIN "Membership" m ON m."workspaceId" = ev."workspaceId" AND m."userId" = c."authorId"
      WHERE ev."type" = 'claim.decided'
    ),
    kind AS (
      SELECT * FROM unnest(${kinds}::text[], ${defaults}::text[]) AS k("kind", "mode")
    )
    INSERT INTO "Notification" ("id", "workspaceId", "eventId", "userId", "kind", "mode", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid(), ev."workspaceId", ev."id", m."userId", ev."type",
      COALESCE(p."mode", kind."mode"::"NotificationMode"), ev."createdAt", ev."createdAt"
    FROM recipient r
    JOIN ev ON ev."id" = r."eventId"
    JOIN kind ON kind."kind" = ev."type"
    JOIN "Membership" m ON m."id" = r."membershipId"
    LEFT JOIN "NotificationPreference" p ON p."membershipId" = m."id" AND p."kind" = ev."type"
    WHERE COALESCE(p."mode", kind."mode"::"NotificationMode") <> 'OFF'
    ON CONFLICT ("eventId", "userId") DO NOTHING`;
};
