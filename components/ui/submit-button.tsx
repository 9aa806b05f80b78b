"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { BUTTON } from "./button";

/** Disabled with a "…" label while its form's action runs, so a double click cannot submit twice. */
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={BUTTON.primary}>
      {pending ? pendingLabel : children}
    </button>
  );
}
