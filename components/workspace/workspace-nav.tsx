import { WorkspaceSwitcher } from "@/components/auth/workspace-switcher";
import Link from "@/components/ui/link";
import type { WorkspaceSummary } from "@/lib/auth/guard";
import type { PageWorkspace } from "@/lib/auth/pages";
import { ROLE_LABELS } from "@/lib/members/schemas";

// Every page of a workspace, in the order the navigation lists them ("" is the journeys page).
const PAGES = [
  ["", "Journeys"],
  ["/dashboard", "Dashboard"],
  ["/review", "Review"],
  ["/structure", "Structure"],
  ["/claims", "Claims"],
  ["/inbox", "Inbox"],
  ["/activity", "Activity"],
  ["/members", "Members"],
  ["/settings", "Settings"],
] as const;

const LINK = "text-slate-700 hover:text-slate-900 hover:underline";

/** The workspace's name, the member's role, a link to each page (the inbox with its count) and the switcher. */
export function WorkspaceNav(props: {
  workspace: PageWorkspace;
  workspaces: readonly WorkspaceSummary[];
  waiting: number;
}) {
  const { workspace, waiting } = props;
  return (
    <nav aria-label="Workspace" className="no-print mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
      <span className="font-semibold text-slate-900">{workspace.name}</span>
      <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
        {ROLE_LABELS[workspace.role]}
      </span>
      {workspace.isDemo ? (
        <span
          title="Its demo accounts have a published password: do not keep real data here."
          className="rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900"
        >
          Demo workspace
        </span>
      ) : null}
      {PAGES.map(([path, label]) =>
        path === "/inbox" ? (
          <Link
            key={path}
            href={`/w/${workspace.slug}${path}`}
            aria-label={waiting > 0 ? `${label}, ${waiting} waiting` : label}
            className={LINK}
          >
            {label}
            {waiting > 0 ? (
              <span
                aria-hidden="true"
                className="ml-1 rounded-full bg-blue-800 px-1.5 py-0.5 text-xs font-medium text-white"
              >
                {waiting}
              </span>
            ) : null}
          </Link>
        ) : (
          <Link key={path} href={`/w/${workspace.slug}${path}`} className={LINK}>
            {label}
          </Link>
        ),
      )}
      {props.workspaces.length > 1 ? (
        <WorkspaceSwitcher current={workspace} workspaces={props.workspaces} />
      ) : null}
    </nav>
  );
}
