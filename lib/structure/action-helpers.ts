// What every structure action shares: finding the workspace a resource lives in, plain conflict messages
// and revalidating the workspace's pages.
import "server-only";
import { revalidatePath } from "next/cache";
import { ActionError, isUniqueViolation, notFound } from "../actions/result";
import { requireSignedIn } from "../auth/guard";
import { getPrisma } from "../db/client";

export type StructureKind = "department" | "journey" | "stage" | "touchpoint";

const LABELS: Record<StructureKind, string> = {
  department: "Department",
  journey: "Journey",
  stage: "Stage",
  touchpoint: "Touchpoint",
};

/** The workspace comes from the resource itself, never from client input (STYLE.md, Server actions). */
export async function getOwningWorkspaceId(kind: StructureKind, id: string): Promise<string> {
  await requireSignedIn();
  const prisma = await getPrisma();
  const args = { where: { id }, select: { workspaceId: true } } as const;
  const row =
    kind === "department"
      ? await prisma.department.findUnique(args)
      : kind === "journey"
        ? await prisma.journey.findUnique(args)
        : kind === "stage"
          ? await prisma.stage.findUnique(args)
          : await prisma.touchpoint.findUnique(args);
  if (!row) throw notFound(LABELS[kind]);
  return row.workspaceId;
}

export function missing(kind: StructureKind): ActionError {
  return notFound(LABELS[kind]);
}

export function duplicateName(opts: { kind: StructureKind; name: string; parent: string }): ActionError {
  const message = `${opts.parent} already has a ${opts.kind} named “${opts.name}”. Choose another name.`;
  return new ActionError("conflict", message, { name: [message] });
}

/** A name taken by a concurrent request after our check still reads as the same plain conflict. */
export async function onUniqueViolation<T>(run: () => Promise<T>, conflict: () => ActionError): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2003";
}

export function revalidateWorkspacePages(): void {
  // The slug is not needed: the pattern revalidates every workspace's pages under the layout.
  revalidatePath("/w/[slug]", "layout");
}
