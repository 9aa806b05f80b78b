import Link from "@/components/ui/link";
import type { WorkspaceSummary } from "@/lib/auth/guard";

type Props = { current: WorkspaceSummary; workspaces: readonly WorkspaceSummary[] };

/** Plain links in a disclosure: works without JavaScript and with the keyboard. */
export function WorkspaceSwitcher({ current, workspaces }: Props) {
  return (
    <details className="relative ml-auto">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:bg-slate-50">
        Switch workspace
      </summary>
      <ul className="absolute right-0 z-20 mt-1 grid min-w-56 gap-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        {workspaces.map((w) => (
          <li key={w.id}>
            <Link
              href={`/w/${w.slug}`}
              aria-current={w.id === current.id ? "page" : undefined}
              className="block rounded px-2 py-1 text-slate-800 hover:bg-slate-100 aria-[current=page]:font-semibold"
            >
              {w.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
