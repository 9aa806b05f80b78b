"use client";

import { BUTTON } from "@/components/ui/button";

/** The browser's own print dialog, which also saves as PDF; the review's print styles do the rest. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${BUTTON.primary}`}>
      Print or save as PDF
    </button>
  );
}
