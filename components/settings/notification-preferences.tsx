// The Settings page's "Notifications" section: the signed-in member's own email choices in this workspace.
import type { NotificationMode } from "@/lib/db/generated/enums";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { NotificationPreferencesForm } from "./notification-preferences-form";

export function NotificationPreferences(props: {
  workspaceId: string;
  modes: Record<NotificationKind, NotificationMode>;
  isEmailEnabled: boolean;
  className: string;
}) {
  return (
    <section aria-labelledby="notifications-heading" className={props.className}>
      <h2 id="notifications-heading" tabIndex={-1} className="text-lg font-semibold">
        Notifications
      </h2>
      <p className="text-sm text-slate-600">
        Your email about this workspace, kind by kind: each as it happens, gathered in one mail a day (sent
        from 07:00 UTC), or not at all. Every mail has a link to stop that kind.
      </p>
      {props.isEmailEnabled ? null : (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Email is not set up on this server: nothing is sent. Your choices are kept for when it is.
        </p>
      )}
      <NotificationPreferencesForm workspaceId={props.workspaceId} modes={props.modes} />
    </section>
  );
}
