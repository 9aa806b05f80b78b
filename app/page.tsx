import { redirect } from "next/navigation";
import { connection } from "next/server";
import { EmptyState } from "@/components/ui/empty-state";
import { getDefaultWorkspace } from "@/lib/workspaces/queries";

export default async function HomePage() {
  await connection();
  const workspace = await getDefaultWorkspace();
  if (workspace) redirect(`/w/${workspace.slug}`);
  return (
    <EmptyState title="No workspace yet">
      This database has no workspace. Start the app without <code>THROUGHLINE_SEED=none</code> to load the
      demo workspace.
    </EmptyState>
  );
}
