"use client";

import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

type Announce = (message: string, tone?: "success" | "error") => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/**
 * One polite live region per page for the outcome of every change made on it. It stays mounted, so a message
 * survives the item it is about (a deleted stage) and screen readers hear it.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; tone: "success" | "error"; n: number } | null>(null);
  const announce = useCallback<Announce>((text, tone = "success") => {
    setMessage((previous) => ({ text, tone, n: (previous?.n ?? 0) + 1 }));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4"
      >
        {message ? (
          <p
            key={message.n}
            className={`rounded-md px-4 py-2 text-sm font-medium shadow-lg ${
              message.tone === "success" ? "bg-slate-900 text-white" : "bg-red-700 text-white"
            }`}
          >
            {message.tone === "error" ? "Not saved: " : ""}
            {message.text}
          </p>
        ) : null}
      </div>
    </AnnounceContext.Provider>
  );
}
