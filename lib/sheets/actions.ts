"use server";
// Importing a RACI sheet from Settings: a preview (nothing written), then apply. CX leads only.
import { defineAction } from "../actions/define";
import { type ImportOutcome, importParsedSheet } from "./apply";
import { parseSheet } from "./parse";
import { ZApplySheet, ZPreviewSheet } from "./schemas";

/** What importing the sheet would do, or every problem in it. Parsed before the map is locked. */
export const previewSheet = defineAction({
  schema: ZPreviewSheet,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "map.edit",
  revalidate: false,
  prepare: ({ input }) => parseSheet(input.csv),
  run: async ({ tx, audit, actor, prepared: parsed, input: { mode } }): Promise<ImportOutcome> =>
    parsed.ok
      ? importParsedSheet(
          { tx, audit, workspaceId: actor.workspaceId },
          { sheet: parsed.sheet, mode, dryRun: true },
        )
      : parsed,
});

/** Applies the previewed sheet in one transaction; refused with a conflict if the map changed since the preview. */
export const applySheet = defineAction({
  schema: ZApplySheet,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "map.edit",
  changesOwnership: true,
  prepare: ({ input }) => parseSheet(input.csv),
  run: async ({
    tx,
    audit,
    actor,
    prepared: parsed,
    input: { mode, fingerprint },
  }): Promise<ImportOutcome> =>
    parsed.ok
      ? importParsedSheet(
          { tx, audit, workspaceId: actor.workspaceId },
          { sheet: parsed.sheet, mode, dryRun: false, expectedFingerprint: fingerprint },
        )
      : parsed,
});
