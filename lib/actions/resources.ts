import "server-only";
// What an action acts on, found by id: the one place that knows which workspace each kind of row lives in.
// Actions never take a workspace from client input; they name a resource, and its workspace is read here.
import { getPrisma } from "../db/client";
import type { RaciRole } from "../ownership";

export type ResourceRows = {
  workspace: { id: string; workspaceId: string };
  department: { id: string; workspaceId: string; name: string };
  journey: { id: string; workspaceId: string; name: string };
  stage: { id: string; workspaceId: string; journeyId: string; name: string };
  touchpoint: { id: string; workspaceId: string; journeyId: string; stageId: string; name: string };
  claim: {
    id: string;
    workspaceId: string;
    touchpointId: string;
    departmentId: string;
    role: RaciRole;
    status: string;
    touchpoint: { name: string; journeyId: string };
    department: { name: string };
  };
  membership: { id: string; workspaceId: string };
  invitation: { id: string; workspaceId: string };
  measure: { id: string; workspaceId: string; name: string };
  apiToken: {
    id: string;
    workspaceId: string;
    userId: string;
    name: string;
    user: { name: string; email: string };
  };
  webhookEndpoint: { id: string; workspaceId: string; url: string; events: string[]; active: boolean };
  webhookDelivery: {
    id: string;
    workspaceId: string;
    endpointId: string;
    event: { type: string };
    endpoint: { url: string };
  };
};
export type ResourceKind = keyof ResourceRows;
export type ResourceRef<K extends ResourceKind = ResourceKind> = { kind: K; id: string };

/** How "not found" names each kind (in "… was not found. It may have been deleted."). */
export const RESOURCE_LABELS: Record<ResourceKind, string> = {
  workspace: "This workspace",
  department: "Department",
  journey: "Journey",
  stage: "Stage",
  touchpoint: "Touchpoint",
  claim: "The claim",
  membership: "That member",
  invitation: "That invitation",
  measure: "Measure",
  apiToken: "The token",
  webhookEndpoint: "The webhook",
  webhookDelivery: "The delivery",
};

type Loaders = { [K in ResourceKind]: (id: string) => Promise<ResourceRows[K] | null> };

const named = { id: true, workspaceId: true, name: true } as const;

const LOADERS: Loaders = {
  workspace: async (id) => {
    const prisma = await getPrisma();
    const row = await prisma.workspace.findUnique({ where: { id }, select: { id: true } });
    return row ? { id: row.id, workspaceId: row.id } : null;
  },
  department: async (id) => (await getPrisma()).department.findUnique({ where: { id }, select: named }),
  journey: async (id) => (await getPrisma()).journey.findUnique({ where: { id }, select: named }),
  stage: async (id) =>
    (await getPrisma()).stage.findUnique({ where: { id }, select: { ...named, journeyId: true } }),
  touchpoint: async (id) =>
    (await getPrisma()).touchpoint.findUnique({
      where: { id },
      select: { ...named, journeyId: true, stageId: true },
    }),
  claim: async (id) =>
    (await getPrisma()).claim.findUnique({
      where: { id },
      select: {
        id: true,
        workspaceId: true,
        touchpointId: true,
        departmentId: true,
        role: true,
        status: true,
        touchpoint: { select: { name: true, journeyId: true } },
        department: { select: { name: true } },
      },
    }),
  membership: async (id) =>
    (await getPrisma()).membership.findUnique({ where: { id }, select: { id: true, workspaceId: true } }),
  invitation: async (id) =>
    (await getPrisma()).invitation.findUnique({ where: { id }, select: { id: true, workspaceId: true } }),
  measure: async (id) => (await getPrisma()).measure.findUnique({ where: { id }, select: named }),
  apiToken: async (id) =>
    (await getPrisma()).apiToken.findUnique({
      where: { id },
      select: {
        id: true,
        workspaceId: true,
        userId: true,
        name: true,
        user: { select: { name: true, email: true } },
      },
    }),
  webhookEndpoint: async (id) =>
    (await getPrisma()).webhookEndpoint.findUnique({
      where: { id },
      select: { id: true, workspaceId: true, url: true, events: true, active: true },
    }),
  webhookDelivery: async (id) =>
    (await getPrisma()).webhookDelivery.findUnique({
      where: { id },
      select: {
        id: true,
        workspaceId: true,
        endpointId: true,
        event: { select: { type: true } },
        endpoint: { select: { url: true } },
      },
    }),
};

export function findResource<K extends ResourceKind>(ref: ResourceRef<K>): Promise<ResourceRows[K] | null> {
  return (LOADERS[ref.kind] as (id: string) => Promise<ResourceRows[K] | null>)(ref.id);
}
