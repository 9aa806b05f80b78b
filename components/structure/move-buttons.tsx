"use client";

import { useEffect, useRef, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

export type MoveButtonsProps = {
  name: string;
  /** "department", "journey", "stage" or "touchpoint", for the messages. */
  kind: string;
  index: number;
  count: number;
  move: (toIndex: number) => Promise<ActionResult<unknown>>;
};

/** "Move up" / "Move down": the keyboard and the pointer path for reordering, one step at a time. */
export function MoveButtons({ name, kind, index, count, move }: MoveButtonsProps) {
  const [isPending, startTransition] = useTransition();
  const announce = useAnnounce();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  // The move asked for, and from where: focus is given back once the item shows at another position. A click
  // made before hydration is replayed before the mount effect runs, so that effect must not consume it.
  const refocus = useRef<{ direction: "up" | "down"; from: number } | null>(null);

  // Reordering moves this item's DOM node, which drops focus; give it back once the new order is shown.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted || wanted.from === index) return;
    refocus.current = null;
    const [first, second] = wanted.direction === "up" ? [upRef, downRef] : [downRef, upRef];
    (first.current && !first.current.disabled ? first : second).current?.focus();
  }, [index]);

  function go(direction: "up" | "down") {
    // Not `disabled` while pending: disabling the focused button would drop focus.
    if (isPending) return;
    const toIndex = direction === "up" ? index - 1 : index + 1;
    startTransition(async () => {
      refocus.current = { direction, from: index };
      const result = await move(toIndex);
      if (!result.ok) {
        refocus.current = null;
        announce(result.formError, "error");
        return;
      }
      announce(`Moved ${kind} ${name} to position ${toIndex + 1} of ${count}.`);
    });
  }

  return (
    <span className="inline-flex gap-1">
      <button
        ref={upRef}
        type="button"
        onClick={() => go("up")}
        disabled={index === 0}
        aria-disabled={isPending || undefined}
        aria-label={`Move ${name} up`}
        className={BUTTON.small}
      >
        <span aria-hidden="true">↑</span>
        <span className="ml-1">Up</span>
      </button>
      <button
        ref={downRef}
        type="button"
        onClick={() => go("down")}
        disabled={index === count - 1}
        aria-disabled={isPending || undefined}
        aria-label={`Move ${name} down`}
        className={BUTTON.small}
      >
        <span aria-hidden="true">↓</span>
        <span className="ml-1">Down</span>
      </button>
    </span>
  );
}
