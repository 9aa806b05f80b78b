import type { Metadata } from "next";
import { OutcomeSheetLinks } from "@/components/outcomes/outcome-sheet-links";
import { ReadingsImport } from "@/components/outcomes/readings-import";
import { ApiTokens } from "@/components/settings/api-tokens";
import { NotificationPreferences } from "@/components/settings/notification-preferences";
import { VerificationCadence } from "@/components/settings/verification-cadence";
import { ExportLinks } from "@/components/sheets/export-links";
import { SheetImport } from "@/components/sheets/sheet-import";
import { Announcer } from "@/components/ui/announcer";
import Link from "@/components/ui/link";
import { getApiTokenList } from "@/lib/api-tokens/queries";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getMyNotificationModes } from "@/lib/notifications/queries";
import { OUTCOME_SHEET_LIMITS, OUTCOME_SHEET_MB } from "@/lib/outcomes/sheet-schemas";
import { getVerificationCadence } from "@/lib/verification/queries";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await requireWorkspacePage(slug);
  const [{ tokens, isWholeWorkspace, total }, cadenceDays, notifications] = await Promise.all([
    getApiTokenList(workspace.id),
    getVerificationCadence(workspace.id),
    getMyNotificationModes({ workspaceId: workspace.id, userId: workspace.userId }),
  ]);
  const section = "grid gap-3 rounded-lg border border-slate-200 bg-white p-5";

  return (
    <Announcer>
      <div className="grid gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
          <p className="text-sm text-slate-600">
            Bring a RACI spreadsheet in, take the map out, define what you measure, bring readings in, and
            connect other programs.
          </p>
        </div>
        <NotificationPreferences
          workspaceId={workspace.id}
          modes={notifications.modes}
          isEmailEnabled={notifications.isEmailEnabled}
          className={section}
        />
        {can(workspace.role, "map.edit") ? (
          <section aria-labelledby="import-heading" className={section}>
            <h2 id="import-heading" className="text-lg font-semibold">
              Import a RACI sheet
            </h2>
            <p className="text-sm text-slate-600">
              Header: <code className="break-all">journey,stage,touchpoint,channel,&lt;department&gt;,…</code>
              ; each department cell is R, A, C, I or empty. Export a sheet first to see the layout. Up to 2
              MB and 20,000 rows.
            </p>
            <SheetImport workspaceId={workspace.id} slug={workspace.slug} />
          </section>
        ) : null}
        <section aria-labelledby="measures-heading" className={section}>
          <h2 id="measures-heading" className="text-lg font-semibold">
            Measures
          </h2>
          <p className="text-sm text-slate-600">
            The customer signals this workspace tracks, such as CSAT, customer effort, NPS or complaints, each
            with its scale and whether higher or lower is better.{" "}
            <Link href={`/w/${workspace.slug}/settings/measures`} className="underline">
              {can(workspace.role, "outcomes.define") ? "Define and edit measures" : "See the measures"}
            </Link>
            .
          </p>
        </section>
        <VerificationCadence
          workspaceId={workspace.id}
          days={cadenceDays}
          canConfigure={can(workspace.role, "workspace.configure")}
          className={section}
        />
        <section aria-labelledby="readings-heading" className={section}>
          <h2 id="readings-heading" className="text-lg font-semibold">
            Targets and readings
          </h2>
          <p className="text-sm text-slate-600">
            Every target and every monthly reading as a sheet, in journey order. A journey’s own rows leave
            stage and touchpoint empty.
          </p>
          <OutcomeSheetLinks slug={workspace.slug} />
          {can(workspace.role, "readings.record") ? (
            <>
              <h3 className="mt-2 font-semibold">Import readings</h3>
              <p className="text-sm text-slate-600">
                Header:{" "}
                <code className="break-all">
                  journey,stage,touchpoint,measure,month,value,sample_size,source
                </code>{" "}
                (the last two may be empty or left out); months as <code>YYYY-MM</code>. A reading sent again
                replaces the one recorded for that month. All or nothing, up to {OUTCOME_SHEET_MB} MB and{" "}
                {OUTCOME_SHEET_LIMITS.rows.toLocaleString("en")} readings.
                {can(workspace.role, "outcomes.define")
                  ? ""
                  : " You may import readings for the touchpoints your department is Accountable for; any other row is listed as a problem."}
              </p>
              <ReadingsImport workspaceId={workspace.id} />
            </>
          ) : null}
        </section>
        <section aria-labelledby="export-heading" className={section}>
          <h2 id="export-heading" className="text-lg font-semibold">
            Export the map
          </h2>
          <p className="text-sm text-slate-600">
            Every journey, with every department as a column. Each journey’s page exports that journey alone.
          </p>
          <ExportLinks slug={workspace.slug} />
        </section>
        {can(workspace.role, "webhooks.manage") ? (
          <section aria-labelledby="webhooks-heading" className={section}>
            <h2 id="webhooks-heading" className="text-lg font-semibold">
              Webhooks
            </h2>
            <p className="text-sm text-slate-600">
              Tell other systems about claims, contests, lost and stale ownership and missed targets as they
              happen, signed so they can trust it.{" "}
              <Link href={`/w/${workspace.slug}/settings/webhooks`} className="underline">
                Manage webhooks
              </Link>
              .
            </p>
          </section>
        ) : null}
        <section aria-labelledby="tokens-heading" className={section}>
          <h2 id="tokens-heading" tabIndex={-1} className="text-lg font-semibold">
            API tokens
          </h2>
          <p className="text-sm text-slate-600">
            A token lets a program call the API as you, with your role in this workspace: send{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>. See the{" "}
            <Link href="/api/v1/openapi.json" className="underline">
              API description
            </Link>
            .
            {isWholeWorkspace
              ? " As a CX lead you see every member’s tokens and can revoke any of them; revoking someone else’s is recorded in the activity log."
              : ""}
          </p>
          <ApiTokens
            workspaceId={workspace.id}
            isWholeWorkspace={isWholeWorkspace}
            total={total}
            focusAfterId="tokens-heading"
            tokens={tokens.map((t) => ({
              ...t,
              createdAt: t.createdAt.toISOString(),
              lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
              revokedAt: t.revokedAt?.toISOString() ?? null,
            }))}
          />
        </section>
      </div>
    </Announcer>
  );
}
