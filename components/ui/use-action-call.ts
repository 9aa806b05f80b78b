"use client";
// One press of a button that runs a server action with nothing to ask first: pending while it runs, the failure
// announced (and kept, for a message beside the button), the success announced. The action revalidates the pages.
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useAnnounce } from "./announcer";

export function useActionCall<T>(run: () => Promise<ActionResult<T>>, success: (data: T) => string) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const announce = useAnnounce();
  const press = () =>
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        setError(result.formError);
        announce(result.formError, "error");
        return;
      }
      setError(null);
      announce(success(result.data));
    });
  return { error, isPending, press };
}
