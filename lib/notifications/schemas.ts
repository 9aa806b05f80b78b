// The input of the notification settings form, shared by the client form and the server action.
import { z } from "zod";
import { NOTIFICATION_KIND_LIST, type NotificationKind } from "./kinds";

const ZMode = z.enum(["IMMEDIATE", "DIGEST", "OFF"], { error: "Choose immediately, daily digest or off." });

export const ZSetNotificationPreferences = z.object({
  workspaceId: z.uuid({ error: "That id is not valid." }),
  modes: z.partialRecord(z.enum(NOTIFICATION_KIND_LIST as [NotificationKind, ...NotificationKind[]]), ZMode),
});
export type TSetNotificationPreferences = z.input<typeof ZSetNotificationPreferences>;
