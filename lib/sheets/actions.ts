"use server";

import "server-only";
import { type ActionResult, runAction } from "../actions/result";
import { EDITORS, requireWorkspaceRole } from "../auth/guard";
import { revalidateWorkspacePages } from "../structure/action-helpers";
import { type ImportOutcome, importSheet } from "./apply";
import { type TApplySheet, type TPreviewSheet, ZApplySheet, ZPreviewSheet } from "./schemas";

/** What importing the sheet would do (nothing is written), or every problem in it. CX leads only. */
export async function previewSheet(input: TPreviewSheet): Promise<ActionResult<ImportOutcome>> {
  return runAction(ZPreviewSheet, input, async ({ workspaceId, mode, csv }) => {
    const actor = await requireWorkspaceRole(workspaceId, EDITORS);
    return importSheet({ actor, input: csv, mode, dryRun: true });
  });
}

/** Applies the previewed sheet in one transaction; refused with a conflict if the map changed since the preview. */
export async function applySheet(input: TApplySheet): Promise<ActionResult<ImportOutcome>> {
  return runAction(ZApplySheet, input, async ({ workspaceId, mode, csv, fingerprint }) => {
    const actor = await requireWorkspaceRole(workspaceId, EDITORS);
    const outcome = await importSheet({
      actor,
      input: csv,
      mode,
      dryRun: false,
      expectedFingerprint: fingerprint,
    });
    if (outcome.ok) revalidateWorkspacePages();
    return outcome;
  });
}
