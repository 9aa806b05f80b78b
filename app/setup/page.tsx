import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/setup/setup-form";
import { isSetupNeeded } from "@/lib/setup/queries";

// The token travels in the URL: keep it out of Referer headers.
export const metadata: Metadata = { title: "Set up", referrer: "no-referrer" };

// Only on a database without any account (THROUGHLINE_SEED=none), with the token the server printed; after that
// it is gone.
export default async function SetupPage(props: { searchParams: Promise<{ token?: string | string[] }> }) {
  if (!(await isSetupNeeded())) notFound();
  const { token } = await props.searchParams;
  return (
    <div className="mx-auto grid max-w-md gap-6 py-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Set up Throughline</h1>
        <p className="text-sm text-slate-700">
          Create your company&apos;s workspace and your own account. You will be its CX lead: you map the
          journeys and add your colleagues from the Members page.
        </p>
      </div>
      <SetupForm token={typeof token === "string" && token ? token : null} />
    </div>
  );
}
