// A CX lead of workspace "ours" must never change workspace "theirs", whatever ids they send: every action asks
// the guard about the workspace of the resource it touches, and to a non-member that workspace is "not found".
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as guard from "../../lib/auth/guard";
import * as structure from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import { addMember, countRows, createMappedWorkspace } from "./factories";

vi.mock("../../lib/auth/guard", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/guard")>();
  return { ...original, authorize: vi.fn(original.authorize) };
});
const { authorize } = guard;

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
    () => structure.createDepartment({ workspaceId: theirs.workspace.id, name: "X", color: "#000000" }),
  ],
  ["updateDepartment", () => structure.updateDepartment({ id: theirs.departments[0]!.id, name: "X" })],
  ["reorderDepartment", () => structure.reorderDepartment({ id: theirs.departments[2]!.id, toIndex: 0 })],
  ["deleteDepartment", () => structure.deleteDepartment({ id: theirs.departments[0]!.id })],
  ["createJourney", () => structure.createJourney({ workspaceId: theirs.workspace.id, name: "X" })],
  ["updateJourney", () => structure.updateJourney({ id: theirs.journey.id, name: "X" })],
  ["reorderJourney", () => structure.reorderJourney({ id: theirs.journey.id, toIndex: 0 })],
  ["deleteJourney", () => structure.deleteJourney({ id: theirs.journey.id })],
  ["createStage", () => structure.createStage({ journeyId: theirs.journey.id, name: "X" })],
  ["updateStage", () => structure.updateStage({ id: theirs.stage.id, name: "X" })],
  ["reorderStage", () => structure.reorderStage({ id: theirs.stage.id, toIndex: 0 })],
  ["deleteStage", () => structure.deleteStage({ id: theirs.stage.id })],
  [
    "createTouchpoint",
    () => structure.createTouchpoint({ stageId: theirs.stage.id, name: "X", channel: "WEB" }),
  ],
  ["updateTouchpoint", () => structure.updateTouchpoint({ id: theirs.touchpoint.id, name: "X" })],
  ["reorderTouchpoint", () => structure.reorderTouchpoint({ id: theirs.touchpoint.id, toIndex: 0 })],
  ["moveTouchpoint", () => structure.moveTouchpoint({ id: theirs.touchpoint.id, stageId: ours.stage.id })],
  ["deleteTouchpoint", () => structure.deleteTouchpoint({ id: theirs.touchpoint.id })],
];

describe("another workspace's resources", () => {
  it.each(attempts)(
    "%s is checked against the resource's workspace and writes nothing",
    async (_name, attempt) => {
      vi.mocked(authorize).mockClear();
      const before = await countRows();
      expect(await attempt()).toMatchObject({ ok: false, code: "not_found" });
      expect(vi.mocked(authorize)).toHaveBeenCalledWith(
        expect.objectContaining({ workspace: { id: theirs.workspace.id }, permission: "map.edit" }),
      );
      expect(await countRows()).toEqual(before);
    },
  );

  it("reads exactly like an id that does not exist, word for word", async () => {
    const unknown = "00000000-0000-7000-8000-000000000000";
    const pairs = [
      [
        structure.updateStage({ id: theirs.stage.id, name: "X" }),
        structure.updateStage({ id: unknown, name: "X" }),
      ],
      [
        structure.deleteDepartment({ id: theirs.departments[0]!.id }),
        structure.deleteDepartment({ id: unknown }),
      ],
      [
        structure.createTouchpoint({ stageId: theirs.stage.id, name: "X", channel: "WEB" }),
        structure.createTouchpoint({ stageId: unknown, name: "X", channel: "WEB" }),
      ],
    ] as const;
    for (const [theirsResult, unknownResult] of pairs) {
      const [a, b] = await Promise.all([theirsResult, unknownResult]);
      expect(a).toMatchObject({ ok: false, code: "not_found" });
      expect(a).toEqual(b);
    }
  });

  it("a touchpoint of ours cannot move into their stage: it is not found, and nothing is written", async () => {
    const before = await countRows();
    const result = await structure.moveTouchpoint({ id: ours.touchpoint.id, stageId: theirs.stage.id });
    expect(result).toMatchObject({ ok: false, code: "not_found", formError: expect.stringMatching(/Stage/) });
    expect(await countRows()).toEqual(before);
  });
});
