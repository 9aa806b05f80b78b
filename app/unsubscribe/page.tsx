import type { Metadata } from "next";
import { LinkProblem } from "@/components/ui/link-problem";
import { readUnsubscribeLink } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer" };

// Public: the signed token in the link is the proof. Opening the page changes nothing (mail scanners open links);
// the button posts to the unsubscribe endpoint.
export default async function UnsubscribePage(props: {
  searchParams: Promise<{ token?: string | string[]; done?: string | string[] }>;
}) {
  const { token, done } = await props.searchParams;
  const link = typeof token === "string" ? await readUnsubscribeLink(token) : null;
  if (!link || typeof token !== "string")
    return (
      <LinkProblem
        title="This unsubscribe link is not valid"
        message="It may be incomplete, or the membership it was for no longer exists. You can choose your email notifications under Settings in each workspace."
      />
    );
  const what = link.kindLabels.join("; ");
  return (
    <div className="mx-auto grid max-w-md gap-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Unsubscribe</h1>
      {done === "1" ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Done: {link.email} gets no more email about “{what}” from {link.workspaceName}. Turn it back on
          under Settings → Notifications in that workspace.
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Stop email to <strong>{link.email}</strong> about “{what}” from{" "}
            <strong>{link.workspaceName}</strong>?
          </p>
          <form method="post" action={`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`}>
            <button
              type="submit"
              className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              Unsubscribe
            </button>
          </form>
        </>
      )}
    </div>
  );
}
