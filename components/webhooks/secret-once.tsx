"use client";

import { useState } from "react";
import { BUTTON } from "@/components/ui/button";

/** A signing secret just made: shown this once, with a copy button, like a new API token. */
export function SecretOnce({ secret, what }: { secret: string; what: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-semibold">{what} Copy the signing secret now: it will not be shown again.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <span className="text-slate-700">Signing secret:</span>
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-xs">{secret}</code>
        <button
          type="button"
          className={BUTTON.small}
          onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy secret"}
        </button>
      </div>
    </div>
  );
}
