"use client";

import { EmptyState } from "@/components/ui/empty-state";

// Shows a generic message: details stay in the server log, never in the page.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <EmptyState title="Something went wrong">
      <p>We could not load this page. Try again; if it keeps failing, the server log has the details.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        Try again
      </button>
    </EmptyState>
  );
}
