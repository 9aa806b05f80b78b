"use client";

import { TEXTAREA } from "./form-parts";

/** Asked only when another department holds A: what it becomes once the seat changes hands. */
export function DemoteSelect(props: { id: string; holders: readonly string[]; error?: string }) {
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.holders.join(" and ")} {props.holders.length === 1 ? "holds" : "hold"} A now. Afterwards{" "}
        {props.holders.length === 1 ? "it becomes" : "they become"}
      </label>
      <select
        id={props.id}
        name="demoteTo"
        defaultValue=""
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        className={TEXTAREA}
      >
        <option value="" disabled>
          Choose…
        </option>
        <option value="R">R — Responsible</option>
        <option value="C">C — Consulted</option>
        <option value="I">I — Informed</option>
        <option value="NONE">No role</option>
      </select>
      {props.error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function readDemotion(form: FormData): "R" | "C" | "I" | "NONE" | undefined {
  const value = form.get("demoteTo");
  return value === "R" || value === "C" || value === "I" || value === "NONE" ? value : undefined;
}
