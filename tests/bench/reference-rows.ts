// The reference workspace as flat rows, ids chosen up front so every table is a few bulk inserts.
// Pure and deterministic: the same shape and seed give the same rows.
import type { Prisma } from "../../lib/db/generated/client";
import type { Channel, ClaimStatus, MemberRole, RaciRole } from "../../lib/db/generated/enums";
import { type Coverage, getCoverage, getTouchpointOwnership, type RoleHolding } from "../../lib/ownership";
import { createRandom, type Random } from "./prng";
import { buildAuditRows } from "./reference-audit";
import type { OutcomeShape } from "./reference-outcomes";

export type WorkspaceShape = {
  slug: string;
  name: string;
  seed: number;
  departments: number;
  journeys: number;
  stagesPerJourney: number;
  touchpointsPerStage: number;
  claims: number;
  auditEvents: number;
  outcomes: OutcomeShape;
};

export type ReferenceRows = {
  workspace: { id: string; name: string; slug: string };
  users: (Prisma.UserCreateManyInput & { id: string })[];
  memberships: Prisma.MembershipCreateManyInput[];
  departments: (Prisma.DepartmentCreateManyInput & { id: string })[];
  journeys: (Prisma.JourneyCreateManyInput & { id: string })[];
  stages: Prisma.StageCreateManyInput[];
  touchpoints: (Prisma.TouchpointCreateManyInput & { id: string; journeyId: string })[];
  assignments: Prisma.AssignmentCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
  /** The statuses the ownership rules give these rows (pending A claims included). */
  coverage: Coverage;
};

const CHANNELS: readonly Channel[] = ["WEB", "MOBILE_APP", "EMAIL", "PHONE", "CHAT", "AI_AGENT", "SOCIAL"];
const STAGE_NAMES = ["Discover", "Compare", "Buy", "Receive", "Use", "Get help", "Pay", "Renew"];
type OwnershipKind = "owned" | "unowned" | "contested";
// Members of the workspace; the first is the CX lead the benchmark acts as.
const MEMBER_ROLES: readonly MemberRole[] = ["CX_LEAD", "DEPARTMENT_HEAD", "DEPARTMENT_HEAD", "EXECUTIVE"];

// About six roles per touchpoint; 80% one A, 12% none, 8% two A's; the first non-A is usually R.
function buildRoles(random: Random, departmentIds: readonly string[]): RoleHolding[] {
  const kind = random.weighted<OwnershipKind>([
    ["owned", 80],
    ["unowned", 12],
    ["contested", 8],
  ]);
  const accountable = { owned: 1, unowned: 0, contested: 2 }[kind];
  const holders = random.sample(departmentIds, Math.max(accountable, random.int(4, 8)));
  return holders.map((departmentId, i): RoleHolding => {
    if (i < accountable) return { departmentId, role: "A" };
    if (i === accountable && random.next() < 0.9) return { departmentId, role: "R" };
    const role = random.weighted<RaciRole>([
      ["R", 3],
      ["C", 4],
      ["I", 3],
    ]);
    return { departmentId, role };
  });
}

function buildStructure(
  shape: WorkspaceShape,
  random: Random,
): Omit<ReferenceRows, "claims" | "auditEvents"> {
  const workspaceId = random.uuid();
  const base = { workspaceId };
  const users = MEMBER_ROLES.map((_, i) => ({
    id: random.uuid(),
    email: `bench-${shape.slug}-${i + 1}@example.com`,
    name: `Bench member ${i + 1}`,
  }));
  const departments = Array.from({ length: shape.departments }, (_, position) => ({
    ...base,
    id: random.uuid(),
    name: `Department ${String(position + 1).padStart(2, "0")}`,
    color: `#${random.int(0, 0xffffff).toString(16).padStart(6, "0")}`,
    position,
  }));
  const departmentIds = departments.map((d) => d.id);
  const memberships = users.map((user, i) => {
    const role = MEMBER_ROLES[i]!;
    const departmentId = role === "DEPARTMENT_HEAD" ? departmentIds[i % departmentIds.length]! : null;
    return { ...base, id: random.uuid(), userId: user.id, role, departmentId };
  });
  const rows: Omit<ReferenceRows, "claims" | "auditEvents"> = {
    workspace: { id: workspaceId, name: shape.name, slug: shape.slug },
    users,
    memberships,
    departments,
    journeys: [],
    stages: [],
    touchpoints: [],
    assignments: [],
    coverage: getCoverage([]),
  };
  for (let j = 0; j < shape.journeys; j++) {
    const journeyId = random.uuid();
    rows.journeys.push({ ...base, id: journeyId, name: `Journey ${j + 1}`, position: j });
    for (let s = 0; s < shape.stagesPerJourney; s++) {
      const stageId = random.uuid();
      const name = `${STAGE_NAMES[s % STAGE_NAMES.length]} ${Math.floor(s / STAGE_NAMES.length) + 1}`;
      rows.stages.push({ ...base, id: stageId, journeyId, name, position: s });
      for (let position = 0; position < shape.touchpointsPerStage; position++) {
        const touchpointId = random.uuid();
        const name = `Touchpoint ${j + 1}.${s + 1}.${position + 1}`;
        const channel = random.pick(CHANNELS);
        rows.touchpoints.push({ ...base, id: touchpointId, journeyId, stageId, name, channel, position });
        for (const holding of buildRoles(random, departmentIds)) {
          rows.assignments.push({ ...base, id: random.uuid(), touchpointId, ...holding });
        }
      }
    }
  }
  return rows;
}

// Mostly pending claims for A or R; nearly all pending A claims target an unowned touchpoint (claiming a
// gap), the rest land anywhere and may contest an owner. At most one pending claim per (touchpoint, department).
function buildClaims(opts: {
  shape: WorkspaceShape;
  random: Random;
  rows: Omit<ReferenceRows, "claims" | "auditEvents">;
  unownedIds: readonly string[];
}): Prisma.ClaimCreateManyInput[] {
  const { random, rows } = opts;
  const pending = new Set<string>();
  // Each gap is claimed at most once this way, so a gap claim alone leaves it unowned, not contested.
  const gaps = random.sample(opts.unownedIds, opts.unownedIds.length);
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const touchpointIds = rows.touchpoints.map((t) => t.id);
  const departmentIds = rows.departments.map((d) => d.id);
  const userIds = rows.users.map((u) => u.id);
  for (let i = 0; i < opts.shape.claims; i++) {
    let status = random.weighted<ClaimStatus>([
      ["PENDING", 85],
      ["APPROVED", 6],
      ["REJECTED", 6],
      ["WITHDRAWN", 3],
    ]);
    const role = random.weighted<RaciRole>([
      ["A", 60],
      ["R", 40],
    ]);
    const isGapClaim = status === "PENDING" && role === "A" && gaps.length > 0 && random.next() < 0.9;
    const touchpointId = isGapClaim ? gaps.pop()! : random.pick(touchpointIds);
    const departmentId = random.pick(departmentIds);
    const key = `${touchpointId}:${departmentId}`;
    if (status === "PENDING" && pending.has(key)) status = "WITHDRAWN";
    if (status === "PENDING") pending.add(key);
    const isDecided = status === "APPROVED" || status === "REJECTED";
    claims.push({
      id: random.uuid(),
      workspaceId: rows.workspace.id,
      touchpointId,
      departmentId,
      role,
      status,
      reason: `We run this step day to day (bench claim ${i + 1}).`,
      authorId: random.pick(userIds),
      decidedById: isDecided ? random.pick(userIds) : null,
      decisionNote: isDecided ? "Decided in the weekly ownership review." : null,
      decidedAt: isDecided ? new Date(Date.now() - random.int(1, 60) * 86_400_000) : null,
    });
  }
  return claims;
}

export function buildReferenceRows(shape: WorkspaceShape): ReferenceRows {
  const random = createRandom(shape.seed);
  const structure = buildStructure(shape, random);
  const holdingsByTouchpoint = new Map<string, RoleHolding[]>(structure.touchpoints.map((t) => [t.id, []]));
  for (const a of structure.assignments) {
    holdingsByTouchpoint.get(a.touchpointId)?.push({ departmentId: a.departmentId, role: a.role });
  }
  const unownedIds = structure.touchpoints
    .filter((t) => !holdingsByTouchpoint.get(t.id)?.some((h) => h.role === "A"))
    .map((t) => t.id);
  const claims = buildClaims({ shape, random, rows: structure, unownedIds });
  const openClaims = new Map<string, RoleHolding[]>();
  for (const c of claims.filter((c) => c.status === "PENDING" && c.role === "A")) {
    openClaims.set(c.touchpointId, [...(openClaims.get(c.touchpointId) ?? []), c]);
  }
  const statuses = structure.touchpoints.map(
    (t) =>
      getTouchpointOwnership({
        assignments: holdingsByTouchpoint.get(t.id) ?? [],
        openClaims: openClaims.get(t.id) ?? [],
      }).status,
  );
  const auditEvents = buildAuditRows({ random, count: shape.auditEvents, rows: structure });
  return { ...structure, claims, auditEvents, coverage: getCoverage(statuses) };
}
