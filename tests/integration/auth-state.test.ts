// The signed-in test user is the file's baseline at the start of every test: what one test signs in as
// never leaks into the next (tests/setup/mock-session.ts resets it around each test).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getSessionUser } from "../../lib/auth/session";
import { signInAs, signOut } from "./auth";

const lead = { id: "lead", email: "lead@example.com", name: "Lead" };
const other = { id: "other", email: "other@example.com", name: "Other" };

beforeAll(() => signInAs(lead));

describe("the file's baseline user", () => {
  it("is the user beforeAll signed in, and a test may sign out", async () => {
    expect(await getSessionUser()).toEqual(lead);
    signOut();
    expect(await getSessionUser()).toBeNull();
  });

  it("is back for the next test after one signed out", async () => {
    expect(await getSessionUser()).toEqual(lead);
    signInAs(other);
  });

  it("is back for the next test after one signed in as someone else", async () => {
    expect(await getSessionUser()).toEqual(lead);
  });
});

describe("a beforeEach sign-in", () => {
  beforeEach(() => signInAs(other));

  it("applies to each test of its block", async () => {
    expect(await getSessionUser()).toEqual(other);
    signOut();
  });

  it("again after a test signed out", async () => {
    expect(await getSessionUser()).toEqual(other);
  });
});

describe("after a block with a beforeEach sign-in", () => {
  it("a test starts from the baseline again", async () => {
    expect(await getSessionUser()).toEqual(lead);
  });
});
