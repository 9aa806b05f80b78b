"use client";

import { useEffect, useRef } from "react";
import type { RaciRole } from "@/lib/ownership";
import { ROLE_NAMES } from "./roles";

const CHOICES: readonly (RaciRole | null)[] = ["R", "A", "C", "I", null];

/** The pointer path to a role: a small menu on the cell. Keyboard users can type R/A/C/I in the cell instead. */
export function RolePicker(props: {
  label: string;
  current: RaciRole | undefined;
  onPick: (role: RaciRole | null) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={props.label}
      className="absolute left-1/2 top-full z-40 mt-1 flex -translate-x-1/2 gap-1 rounded-md border border-slate-300 bg-white p-1 shadow-lg"
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") props.onClose();
        if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
          const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
          const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
          const next =
            buttons[(index + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length];
          next?.focus();
          event.preventDefault();
        }
      }}
    >
      {CHOICES.map((role) => (
        <button
          key={role ?? "none"}
          type="button"
          role="menuitemradio"
          aria-checked={(props.current ?? null) === role}
          title={role ? ROLE_NAMES[role] : "No role"}
          onClick={(event) => {
            event.stopPropagation();
            props.onPick(role);
          }}
          className="min-w-8 rounded px-2 py-1 text-xs font-semibold hover:bg-slate-100 aria-checked:bg-slate-900 aria-checked:text-white"
        >
          {role ?? "Clear"}
          <span className="sr-only">{role ? ` ${ROLE_NAMES[role]}` : " the role"}</span>
        </button>
      ))}
    </div>
  );
}
