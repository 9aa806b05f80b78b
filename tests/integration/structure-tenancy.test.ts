// A caller who edits workspace "ours" must never change workspace "theirs", whatever ids it sends. Sign-in has
// not landed, so the guard is wrapped to play a CX lead of "ours" only; the actions must ask it about the
// workspace of the resource they touch.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { requireWorkspaceRole } from "../../lib/auth/guard";
import { createDepartment, deleteDepartment, updateDepartment } from "../../lib/structure/department-actions";
import { createJourney, deleteJourney, updateJourney } from "../../lib/structure/journey-actions";
import { createStage, deleteStage, reorderStage, updateStage } from "../../lib/structure/stage-actions";
import { createTouchpoint, deleteTouchpoint, updateTouchpoint } from "../../lib/structure/touchpoint-actions";
import { moveTouchpoint, reorderTouchpoint } from "../../lib/structure/touchpoint-order-actions";
import { registerTestDb } from "../setup/test-db";
import { countRows, createMappedWorkspace } from "./factories";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const denied = vi.hoisted(() => new Set<string>());
vi.mock("../../lib/auth/guard", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/guard")>();
  const { ActionError } = await import("../../lib/actions/result");
  return {
    ...original,
    requireWorkspaceRole: vi.fn(
      async (workspaceId: string, allowed: Parameters<typeof original.requireWorkspaceRole>[1]) => {
        if (denied.has(workspaceId))
          throw new ActionError("forbidden", "Your role does not allow this change.");
        return original.requireWorkspaceRole(workspaceId, allowed);
      },
    ),
  };
});

registerTestDb();

type Mapped = Awaited<ReturnType<typeof createMappedWorkspace>>;
let ours: Mapped;
let theirs: Mapped;

beforeAll(async () => {
  ours = await createMappedWorkspace();
  theirs = await createMappedWorkspace();
  denied.add(theirs.workspace.id);
});

const attempts: [string, () => Promise<{ ok: boolean }>][] = [
  [
    "createDepartment",
    () => createDepartment({ workspaceId: theirs.workspace.id, name: "X", color: "#000000" }),
  ],
  ["updateDepartment", () => updateDepartment({ id: theirs.departments[0]!.id, name: "X" })],
  ["deleteDepartment", () => deleteDepartment({ id: theirs.departments[0]!.id })],
  ["createJourney", () => createJourney({ workspaceId: theirs.workspace.id, name: "X" })],
  ["updateJourney", () => updateJourney({ id: theirs.journey.id, name: "X" })],
  ["deleteJourney", () => deleteJourney({ id: theirs.journey.id })],
  ["createStage", () => createStage({ journeyId: theirs.journey.id, name: "X" })],
  ["updateStage", () => updateStage({ id: theirs.stage.id, name: "X" })],
  ["reorderStage", () => reorderStage({ id: theirs.stage.id, toIndex: 0 })],
  ["deleteStage", () => deleteStage({ id: theirs.stage.id })],
  ["createTouchpoint", () => createTouchpoint({ stageId: theirs.stage.id, name: "X", channel: "WEB" })],
  ["updateTouchpoint", () => updateTouchpoint({ id: theirs.touchpoint.id, name: "X" })],
  ["reorderTouchpoint", () => reorderTouchpoint({ id: theirs.touchpoint.id, toIndex: 0 })],
  ["moveTouchpoint", () => moveTouchpoint({ id: theirs.touchpoint.id, stageId: ours.stage.id })],
  ["deleteTouchpoint", () => deleteTouchpoint({ id: theirs.touchpoint.id })],
];

describe("another workspace's resources", () => {
  it.each(attempts)(
    "%s is checked against the resource's workspace and writes nothing",
    async (_name, attempt) => {
      vi.mocked(requireWorkspaceRole).mockClear();
      const before = await countRows();
      expect(await attempt()).toMatchObject({ ok: false, code: "forbidden" });
      expect(vi.mocked(requireWorkspaceRole)).toHaveBeenCalledWith(theirs.workspace.id, ["CX_LEAD"]);
      expect(await countRows()).toEqual(before);
    },
  );

  it("a touchpoint of ours cannot move into their stage: it is not found, and nothing is written", async () => {
    const before = await countRows();
    const result = await moveTouchpoint({ id: ours.touchpoint.id, stageId: theirs.stage.id });
    expect(result).toMatchObject({ ok: false, code: "not_found", formError: expect.stringMatching(/Stage/) });
    expect(await countRows()).toEqual(before);
  });
});
