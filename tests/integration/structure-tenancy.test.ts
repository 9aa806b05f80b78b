// A CX lead of workspace "ours" must never change workspace "theirs", whatever ids they send: every action asks
// the guard about the workspace of the resource it touches, and to a non-member that workspace is "not found".
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as guard from "../../lib/auth/guard";
import {
  createDepartment,
  deleteDepartment,
  reorderDepartment,
  updateDepartment,
} from "../../lib/structure/department-actions";
import {
  createJourney,
  deleteJourney,
  reorderJourney,
  updateJourney,
} from "../../lib/structure/journey-actions";
import { createStage, deleteStage, reorderStage, updateStage } from "../../lib/structure/stage-actions";
import { createTouchpoint, deleteTouchpoint, updateTouchpoint } from "../../lib/structure/touchpoint-actions";
import { moveTouchpoint, reorderTouchpoint } from "../../lib/structure/touchpoint-order-actions";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import { addMember, countRows, createMappedWorkspace } from "./factories";

vi.mock("../../lib/auth/guard", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/guard")>();
  return { ...original, requireWorkspaceRole: vi.fn(original.requireWorkspaceRole) };
});
const { requireWorkspaceRole } = guard;

registerTestDb();

type Mapped = Awaited<ReturnType<typeof createMappedWorkspace>>;
let ours: Mapped;
let theirs: Mapped;

beforeAll(async () => {
  ours = await createMappedWorkspace();
  theirs = await createMappedWorkspace();
  const { user } = await addMember({ workspaceId: ours.workspace.id, role: "CX_LEAD" });
  signInAs(user);
});

const attempts: [string, () => Promise<{ ok: boolean }>][] = [
  [
    "createDepartment",
    () => createDepartment({ workspaceId: theirs.workspace.id, name: "X", color: "#000000" }),
  ],
  ["updateDepartment", () => updateDepartment({ id: theirs.departments[0]!.id, name: "X" })],
  ["reorderDepartment", () => reorderDepartment({ id: theirs.departments[2]!.id, toIndex: 0 })],
  ["deleteDepartment", () => deleteDepartment({ id: theirs.departments[0]!.id })],
  ["createJourney", () => createJourney({ workspaceId: theirs.workspace.id, name: "X" })],
  ["updateJourney", () => updateJourney({ id: theirs.journey.id, name: "X" })],
  ["reorderJourney", () => reorderJourney({ id: theirs.journey.id, toIndex: 0 })],
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
      expect(await attempt()).toMatchObject({ ok: false, code: "not_found" });
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
