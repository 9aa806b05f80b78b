// `npm run setup -- --workspace "Acme" --slug acme --name "Ann Lee" --email ann@acme.example --password-stdin`:
// the first-run page for scripted installs. The password comes on standard input, never as an argument,
// so it does not show in the process list or in shell history.
import { parseArgs } from "node:util";
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { createFirstWorkspace, SetupClosedError } from "./first-run";
import { ZSetup } from "./schemas";

export const SETUP_USAGE = `usage: npm run setup -- --workspace NAME --slug SLUG --name "YOUR NAME" --email EMAIL --password-stdin
  Creates the first workspace and its CX lead account on an empty database. Pipe the password in, e.g.
  printf '%s' "$PASSWORD" | npm run setup -- --workspace Acme --slug acme --name "Ann Lee" --email ann@acme.example --password-stdin`;

export type SetupCommandIo = {
  readStdin: () => Promise<string>;
  info: (line: string) => void;
  error: (line: string) => void;
};

/** Exit codes: 0 done, 2 bad arguments or input, 3 already set up. */
export async function runSetupCommand(
  prisma: PrismaClient,
  argv: string[],
  io: SetupCommandIo,
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workspace: { type: "string" },
        slug: { type: "string" },
        name: { type: "string" },
        email: { type: "string" },
        "password-stdin": { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)}\n${SETUP_USAGE}`);
    return 2;
  }
  if (!values["password-stdin"]) {
    io.error(`Pass --password-stdin and the password on standard input.\n${SETUP_USAGE}`);
    return 2;
  }
  // One trailing newline is what `echo` adds; anything else is part of the password.
  const password = (await io.readStdin()).replace(/\r?\n$/, "");
  const parsed = ZSetup.safeParse({
    workspaceName: values.workspace,
    slug: values.slug,
    name: values.name,
    email: values.email,
    password,
  });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const flags: Record<string, string> = { workspaceName: "--workspace", password: "password (stdin)" };
    for (const [field, messages] of Object.entries(fieldErrors))
      io.error(`${flags[field] ?? `--${field}`}: ${(messages as string[])[0]}`);
    io.error(SETUP_USAGE);
    return 2;
  }
  try {
    const { workspace, user } = await createFirstWorkspace(prisma, parsed.data);
    io.info(
      `Created workspace “${workspace.name}” (/w/${workspace.slug}) with CX lead ${user.email}. Sign in with that email.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SetupClosedError) {
      io.error(error.message);
      return 3;
    }
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      io.error("--slug: a workspace already uses this address. Choose another.");
      return 2;
    }
    throw error;
  }
}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
