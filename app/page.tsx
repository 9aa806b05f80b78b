import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/pages";
import { isSetupNeeded } from "@/lib/setup/queries";
import { getUserWorkspaces } from "@/lib/workspaces/queries";

export default async function HomePage() {
  // A database without any account (first run, THROUGHLINE_SEED=none) has nobody to sign in as yet.
  if (await isSetupNeeded()) redirect("/setup");
  const user = await requirePageUser();
  const [first] = await getUserWorkspaces(user.id);
  if (first) redirect(`/w/${first.slug}`);
  return (
    <EmptyState title="No workspace yet">
      You are not a member of any workspace. Ask a CX lead of your company&apos;s workspace to add you.
    </EmptyState>
  );
}
