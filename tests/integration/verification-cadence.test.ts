// The Settings page's cadence: read per workspace, changed by a CX lead through setVerificationCadence.
import { describe, expect, it } from "vitest";
import { setVerificationCadence } from "../../lib/verification/actions";
import { getVerificationCadence } from "../../lib/verification/queries";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

describe("getVerificationCadence", () => {
  it("reads the default, then what a CX lead saved, for that workspace only", async () => {
    const ours = await f.createWorkspace();
    const theirs = await f.createWorkspace();
    expect(await getVerificationCadence(ours.id)).toBe(90);
    expect(await setVerificationCadence({ workspaceId: ours.id, days: "45" })).toEqual({
      ok: true,
      data: { days: 45 },
    });
    expect(await getVerificationCadence(ours.id)).toBe(45);
    expect(await getVerificationCadence(theirs.id)).toBe(90);
  });

  it("refuses a value out of range with an error on the field, and saves nothing", async () => {
    const ours = await f.createWorkspace();
    for (const days of ["0", "731", "", "2.5"]) {
      const result = await setVerificationCadence({ workspaceId: ours.id, days });
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      expect(!result.ok && result.fieldErrors?.days?.[0]).toBe(
        "The cadence is a whole number of days from 1 to 730.",
      );
    }
    expect(await getVerificationCadence(ours.id)).toBe(90);
  });
});
