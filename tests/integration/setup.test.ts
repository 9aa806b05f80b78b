// First run: on a database without accounts, the setup page's action and `npm run setup` create the first
// workspace and its CX lead once; after that both refuse, also when two attempts race.
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { getPrisma } from "../../lib/db/client";
import { completeSetup } from "../../lib/setup/actions";
import { runSetupCommand } from "../../lib/setup/cli";
import { createFirstWorkspace, isSetupOpen } from "../../lib/setup/first-run";
import { ZSetup } from "../../lib/setup/schemas";
import { issueSetupToken } from "../../lib/setup/tokens";
import { registerTestDb } from "../setup/test-db";
import { signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

async function emptyDatabase() {
  const prisma = await getPrisma();
  await prisma.workspace.deleteMany();
  await prisma.user.deleteMany();
  await prisma.auditEvent.deleteMany();
}

// What the server would print at start; THROUGHLINE_SETUP_TOKEN sets one the same way.
const SETUP_TOKEN = "setup-token-for-the-integration-tests";

beforeEach(async () => {
  signOut();
  await emptyDatabase();
  await issueSetupToken(await getPrisma(), { fixed: SETUP_TOKEN });
});

const input = {
  workspaceName: "Acme Ltd",
  slug: "Acme",
  name: "Ann Lee",
  email: "Ann@Acme.example",
  password: "first run password",
  setupToken: SETUP_TOKEN,
};

describe("completeSetup (the /setup page)", () => {
  it("creates the workspace, the account and its CX lead membership, audited, then is gone", async () => {
    const prisma = await getPrisma();
    expect(await isSetupOpen(prisma)).toBe(true);
    expect(await completeSetup(input)).toEqual({
      ok: true,
      data: { slug: "acme", email: "ann@acme.example" },
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ann@acme.example" } });
    expect(await verifyPassword("first run password", user.passwordHash ?? "")).toBe(true);
    const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
    expect(workspace.name).toBe("Acme Ltd");
    expect(
      await prisma.membership.findUniqueOrThrow({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      }),
    ).toMatchObject({ role: "CX_LEAD", departmentId: null });
    expect(
      await prisma.auditEvent.findFirstOrThrow({ where: { action: "workspace.created" } }),
    ).toMatchObject({
      workspaceId: workspace.id,
      actorId: user.id,
    });
    expect(await isSetupOpen(prisma)).toBe(false);

    const before = await f.countRows();
    expect(await completeSetup({ ...input, slug: "other", email: "eve@example.com" })).toMatchObject({
      ok: false,
      code: "not_found",
      formError: expect.stringMatching(/already set up/),
    });
    expect(await f.countRows()).toEqual(before);
  });

  it("needs the setup token the server printed: without it, or with another, nothing is written", async () => {
    for (const setupToken of ["", "a guess at the setup token", `${SETUP_TOKEN}x`]) {
      const result = await completeSetup({ ...input, setupToken });
      expect(result).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { setupToken: [expect.any(String)] },
      });
    }
    expect(await f.countRows()).toMatchObject({ workspaces: 0, users: 0 });
  });

  it("stops taking the token once setup is done, and an expired token never worked", async () => {
    const prisma = await getPrisma();
    expect(await completeSetup(input)).toMatchObject({ ok: true });
    expect(await prisma.setupToken.count()).toBe(0);
    await emptyDatabase();
    const stale = await issueSetupToken(prisma, {
      fixed: "an-old-setup-token-from-yesterday",
      now: new Date(Date.now() - 25 * 3600_000),
    });
    expect(await completeSetup({ ...input, setupToken: stale })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });

  it("is closed as soon as any account exists, even one without a workspace", async () => {
    await f.createUser();
    const before = await f.countRows();
    expect(await completeSetup(input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await f.countRows()).toEqual(before);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const result = await completeSetup({
      workspaceName: " ",
      slug: "no spaces!",
      name: "",
      email: "x",
      password: "short",
      setupToken: SETUP_TOKEN,
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "email",
      "name",
      "password",
      "slug",
      "workspaceName",
    ]);
    expect(await f.countRows()).toMatchObject({ workspaces: 0, users: 0 });
  });

  it("two setups at the same moment create one workspace and one account", async () => {
    const prisma = await getPrisma();
    const results = await Promise.all([
      completeSetup(input),
      completeSetup({ ...input, slug: "acme-two", email: "bob@acme.example", name: "Bob" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "not_found" });
    expect(await prisma.workspace.count()).toBe(1);
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.membership.count({ where: { role: "CX_LEAD" } })).toBe(1);
  });

  it("createFirstWorkspace serialises racing callers on the advisory lock", async () => {
    const prisma = await getPrisma();
    const data = (n: number) => ZSetup.parse({ ...input, slug: `race-${n}`, email: `race${n}@example.com` });
    const settled = await Promise.allSettled([1, 2, 3].map((n) => createFirstWorkspace(prisma, data(n))));
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count()).toBe(1);
  });
});

describe("npm run setup (runSetupCommand)", () => {
  function io(stdin: string) {
    const out = { info: [] as string[], error: [] as string[] };
    return {
      out,
      io: {
        readStdin: async () => stdin,
        info: (l: string) => out.info.push(l),
        error: (l: string) => out.error.push(l),
      },
    };
  }
  const args = ["--workspace", "Acme", "--slug", "acme", "--name", "Ann Lee", "--email", "ann@acme.example"];

  it("creates the workspace with the password from standard input (one trailing newline dropped)", async () => {
    const prisma = await getPrisma();
    const { out, io: streams } = io("a password from stdin\n");
    expect(await runSetupCommand(prisma, [...args, "--password-stdin"], streams)).toBe(0);
    expect(out.info.join("\n")).toMatch(
      /Created workspace “Acme” \(\/w\/acme\) with CX lead ann@acme.example/,
    );
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ann@acme.example" } });
    expect(await verifyPassword("a password from stdin", user.passwordHash ?? "")).toBe(true);

    const again = io("another password\n");
    expect(await runSetupCommand(prisma, [...args, "--slug", "acme-2", "--password-stdin"], again.io)).toBe(
      3,
    );
    expect(again.out.error.join("\n")).toMatch(/already set up/);
    expect(await prisma.workspace.count()).toBe(1);
  });

  it("refuses without --password-stdin, with unknown options, and with invalid values, writing nothing", async () => {
    const prisma = await getPrisma();
    const missing = io("whatever password");
    expect(await runSetupCommand(prisma, args, missing.io)).toBe(2);
    expect(missing.out.error.join("\n")).toMatch(/--password-stdin/);
    const unknown = io("whatever password");
    expect(
      await runSetupCommand(prisma, [...args, "--password", "plain", "--password-stdin"], unknown.io),
    ).toBe(2);
    const invalid = io("short\n");
    expect(
      await runSetupCommand(
        prisma,
        ["--workspace", "Acme", "--slug", "Bad Slug", "--name", "Ann", "--email", "nope", "--password-stdin"],
        invalid.io,
      ),
    ).toBe(2);
    expect(invalid.out.error.join("\n")).toMatch(
      /--slug: .*\n--email: .*\npassword \(stdin\): Use at least 10/,
    );
    expect(await f.countRows()).toMatchObject({ workspaces: 0, users: 0 });
  });
});
