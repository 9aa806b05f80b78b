"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { applyAssignment, type SetAssignmentData } from "./assignments";
import type { TSetAssignment } from "./schemas";

/** The matrix editor's cell action: apply the change, then refresh every page of the workspace. */
export async function setAssignment(input: TSetAssignment): Promise<ActionResult<SetAssignmentData>> {
  const result = await applyAssignment(input);
  if (!result.ok) return result;
  const { workspaceSlug, ...data } = result.data;
  revalidatePath(`/w/${workspaceSlug}`, "layout");
  return { ok: true, data };
}
