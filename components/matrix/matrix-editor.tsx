"use client";

import { useRouter } from "next/navigation";
import {
  useCallback,
  useMemo,
  useOptimistic,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
} from "react";
import { CoverageMeter } from "@/components/ui/coverage";
import { StatusBadge } from "@/components/ui/status-badge";
import { setAssignment } from "@/lib/matrix/actions";
import type { MatrixDepartment, MatrixOutcome } from "@/lib/matrix/queries";
import type { TMatrixFilters } from "@/lib/matrix/schemas";
import { getJourneySummary, type RaciRole } from "@/lib/ownership";
import { filterRows } from "./filter-rows";
import { type EditorRow, MatrixRow } from "./matrix-row";
import { ROLE_NAMES, type RoleMap, toHoldings, toOpenClaims, withRole } from "./roles";
import { getConfirmedAfterEdit, isRowStale, type MatrixVerification } from "./stale";
import { useGridKeyboard } from "./use-grid-keyboard";

export type EditorTouchpoint = {
  id: string;
  stageId: string;
  name: string;
  description: string | null;
  channel: string;
  channelLabel: string;
  version: number;
  roles: RoleMap;
  claimantIds: readonly string[];
  /** The month's outcome of its targets (getMatrixOutcomes); null when it has none. */
  outcome: MatrixOutcome | null;
  /** ISO; when its A last changed hands or was confirmed (null: never). */
  confirmedAt: string | null;
};

type Props = {
  journeyName: string;
  departments: readonly MatrixDepartment[];
  stages: readonly { id: string; name: string }[];
  /** In journey order. */
  touchpoints: readonly EditorTouchpoint[];
  filters: TMatrixFilters;
  /** The cadence and the moment every row's stale flag is judged at. */
  verification: MatrixVerification;
  canEdit: boolean;
  /** The month the Outcome column reads (YYYY-MM). */
  outcomeMonth: string;
  /** Where a touchpoint's own page lives (claims, history, comments): `${touchpointPath}/${id}`. */
  touchpointPath: string;
};

type Edit = { touchpointId: string; departmentId: string; role: RaciRole | null };

// The server renders the first rows only, so a 200 × 40 matrix is a small page; the browser renders the
// rest as soon as it has hydrated (the keyboard and filters work on every row from then on).
const SERVER_ROWS = 40;
const subscribeNever = () => () => undefined;
function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
type Message = { tone: "info" | "warning" | "error"; text: string };

function summarize(stages: Props["stages"], touchpoints: readonly EditorTouchpoint[]) {
  return getJourneySummary({
    stages: stages.map((s, position) => ({ id: s.id, position })),
    touchpoints: touchpoints.map((t, position) => ({
      id: t.id,
      stageId: t.stageId,
      position,
      assignments: toHoldings(t.roles),
      openClaims: toOpenClaims(t.claimantIds),
    })),
  });
}

function isSameRow(a: EditorRow & { stageId: string }, b: EditorRow & { stageId: string }): boolean {
  const key = (r: EditorRow & { stageId: string }) =>
    JSON.stringify([
      r.stageId,
      r.name,
      r.description,
      r.channelLabel,
      r.roles,
      r.ownership,
      r.outcome,
      r.confirmedAt,
      r.isStale,
    ]);
  return key(a) === key(b);
}

export function MatrixEditor(props: Props) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  // A change of A confirms the ownership (the database's trigger): the row's stale flag goes with the edit.
  const [touchpoints, applyEdit] = useOptimistic(props.touchpoints, (state, edit: Edit) =>
    state.map((t) =>
      t.id === edit.touchpointId
        ? {
            ...t,
            roles: withRole(t.roles, edit.departmentId, edit.role),
            confirmedAt: getConfirmedAfterEdit({
              roles: t.roles,
              departmentId: edit.departmentId,
              role: edit.role,
              confirmedAt: t.confirmedAt,
              verification: props.verification,
            }),
          }
        : t,
    ),
  );
  // Versions confirmed by the server, which may be newer than the props until the page refreshes.
  const versions = useRef(new Map<string, number>());
  // Edits of one touchpoint run one after another, each with the version the previous one produced.
  const queues = useRef(new Map<string, Promise<void>>());

  const names = useMemo(() => new Map(props.departments.map((d) => [d.id, d.name])), [props.departments]);
  const summary = useMemo(() => summarize(props.stages, touchpoints), [props.stages, touchpoints]);
  // Filters read the saved state, so a row does not vanish while it is being edited.
  const savedSummary = useMemo(
    () => summarize(props.stages, props.touchpoints),
    [props.stages, props.touchpoints],
  );

  // Unchanged rows keep their object, so memoised rows skip re-rendering when one cell of a large map changes.
  const rowCache = useRef(new Map<string, EditorRow & { stageId: string }>());
  const rows = useMemo(() => {
    const ownership = new Map(summary.touchpoints.map((o) => [o.touchpointId, o]));
    const next = touchpoints.map((t) => {
      const rowOwnership = ownership.get(t.id)!;
      const row = {
        id: t.id,
        stageId: t.stageId,
        name: t.name,
        description: t.description,
        channelLabel: t.channelLabel,
        roles: t.roles,
        ownership: rowOwnership,
        outcome: t.outcome,
        confirmedAt: t.confirmedAt,
        isStale: isRowStale({
          status: rowOwnership.status,
          confirmedAt: t.confirmedAt,
          verification: props.verification,
        }),
      };
      const previous = rowCache.current.get(t.id);
      return previous && isSameRow(previous, row) ? previous : row;
    });
    rowCache.current = new Map(next.map((row) => [row.id, row]));
    return next;
  }, [touchpoints, summary, props.verification]);
  const visibleRows = useMemo(
    () =>
      filterRows({
        rows,
        filters: props.filters,
        saved: savedSummary.touchpoints,
        touchpoints: props.touchpoints,
        verification: props.verification,
      }),
    [rows, props.filters, savedSummary, props.touchpoints, props.verification],
  );

  const edit = useCallback(
    (row: EditorRow, departmentId: string, role: RaciRole | null) => {
      if (!props.canEdit || (row.roles[departmentId] ?? null) === role) return;
      const department = names.get(departmentId) ?? "The department";
      startTransition(async () => {
        applyEdit({ touchpointId: row.id, departmentId, role });
        const previous = queues.current.get(row.id) ?? Promise.resolve();
        const run = previous.then(async () => {
          const known = props.touchpoints.find((t) => t.id === row.id)?.version ?? 0;
          const expectedVersion = Math.max(known, versions.current.get(row.id) ?? 0);
          const result = await setAssignment({ touchpointId: row.id, departmentId, role, expectedVersion });
          if (!result.ok) {
            setMessage({ tone: "error", text: result.formError });
            router.refresh();
            return;
          }
          versions.current.set(row.id, result.data.version);
          const saved = role
            ? `${department} is ${ROLE_NAMES[role]} on ${row.name}.`
            : `${department} no longer has a role on ${row.name}.`;
          setMessage(
            result.data.warning
              ? { tone: "warning", text: result.data.warning }
              : { tone: "info", text: `Saved: ${saved}` },
          );
        });
        queues.current.set(row.id, run);
        await run;
      });
    },
    [props.canEdit, props.touchpoints, names, applyEdit, router],
  );

  const keyboard = useGridKeyboard({
    rows: visibleRows,
    columns: props.departments,
    onEdit: edit,
    canEdit: props.canEdit,
  });
  const columnCount = 5 + props.departments.length;
  const visibleByStage = useMemo(() => {
    const groups = new Map<string, number[]>();
    visibleRows.forEach((row, index) => {
      groups.set(row.stageId, [...(groups.get(row.stageId) ?? []), index]);
    });
    return groups;
  }, [visibleRows]);
  const stageSummaries = new Map(summary.stages.map((s) => [s.stageId, s]));
  const staleCount = rows.filter((row) => row.isStale).length;
  const rowLimit = useIsHydrated() ? visibleRows.length : SERVER_ROWS;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          {summary.coverage.total} touchpoints · {summary.coverage.unowned} unowned ·{" "}
          {summary.coverage.contested} contested · {staleCount} stale · {summary.handoffs.length} handoffs
          {visibleRows.length < rows.length ? ` · showing ${visibleRows.length} that match the filters` : ""}
        </p>
        <CoverageMeter coverage={summary.coverage} label="Journey coverage" />
      </div>
      <p
        role="status"
        aria-live="polite"
        aria-label="Matrix changes"
        className={`min-h-6 text-sm ${message?.tone === "error" ? "font-medium text-red-800" : message?.tone === "warning" ? "font-medium text-amber-900" : "text-slate-600"}`}
      >
        {message
          ? `${message.tone === "error" ? "Not saved: " : message.tone === "warning" ? "Warning: " : ""}${message.text}`
          : ""}
      </p>
      <section
        aria-label={`${props.journeyName} ownership matrix`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need keyboard access (WCAG 2.1.1)
        tabIndex={0}
        // relative: absolutely placed text in the rows (sr-only) is then clipped here, not widening a phone's page.
        className="relative max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with role=grid is the WAI-ARIA data grid pattern
          role="grid"
          aria-label={`${props.journeyName}: roles by touchpoint and department`}
          aria-describedby="matrix-keys"
          className="w-max min-w-full border-separate border-spacing-0 text-sm"
          onKeyDown={keyboard.onKeyDown}
          onClick={keyboard.onClick}
        >
          <thead className="sticky top-0 z-20 bg-white">
            <tr>
              <th
                scope="col"
                className="sticky left-0 z-30 min-w-64 border-b border-slate-200 bg-white px-3 py-2 text-left"
              >
                Touchpoint
              </th>
              <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">
                Channel
              </th>
              <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">
                Status
              </th>
              <th scope="col" className="min-w-36 border-b border-slate-200 px-3 py-2 text-left">
                Owner
              </th>
              <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">
                Outcome
              </th>
              {props.departments.map((d) => (
                <th
                  key={d.id}
                  scope="col"
                  className="w-28 min-w-28 max-w-28 border-b border-slate-200 px-1 py-2 text-center font-medium"
                >
                  <span className="block truncate" title={d.name}>
                    <span
                      aria-hidden="true"
                      className="mr-1 inline-block size-2 rounded-full"
                      style={{ backgroundColor: d.color }}
                    />
                    {d.name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {props.stages.map((stage) => {
            const stageSummary = stageSummaries.get(stage.id);
            const indexes = visibleByStage.get(stage.id) ?? [];
            return (
              <tbody key={stage.id} id={`stage-${stage.id}`} aria-label={`Stage ${stage.name}`}>
                <tr>
                  <th
                    scope="colgroup"
                    colSpan={columnCount}
                    className="border-b border-slate-200 bg-slate-100 px-3 py-2 text-left"
                  >
                    <div className="sticky left-3 flex w-fit flex-wrap items-center gap-3">
                      <span className="font-semibold">{stage.name}</span>
                      {stageSummary ? <StatusBadge status={stageSummary.status} /> : null}
                      {stageSummary ? (
                        <CoverageMeter coverage={stageSummary.coverage} label={`${stage.name} coverage`} />
                      ) : null}
                    </div>
                  </th>
                </tr>
                {indexes.length === 0 ? (
                  <tr>
                    <td colSpan={columnCount} className="px-3 py-3 text-slate-500">
                      {stageSummary?.coverage.total
                        ? "No touchpoints here match the filters."
                        : "No touchpoints in this stage yet."}
                    </td>
                  </tr>
                ) : (
                  indexes.map((index) => {
                    if (index >= rowLimit) return null;
                    const row = visibleRows[index]!;
                    const isActiveRow = keyboard.active.row === index;
                    return (
                      <MatrixRow
                        key={row.id}
                        row={row}
                        rowIndex={index}
                        departments={props.departments}
                        names={names}
                        cadenceDays={props.verification.cadenceDays}
                        activeColumn={isActiveRow ? keyboard.active.column : -1}
                        isPickerOpen={isActiveRow && keyboard.isPickerOpen}
                        canEdit={props.canEdit}
                        touchpointPath={props.touchpointPath}
                        onPick={keyboard.pick}
                        onClosePicker={keyboard.closePicker}
                      />
                    );
                  })
                )}
                {indexes.some((index) => index >= rowLimit) ? (
                  <tr>
                    <td colSpan={columnCount} className="px-3 py-3 text-slate-500">
                      Loading {indexes.filter((index) => index >= rowLimit).length} more touchpoints…
                    </td>
                  </tr>
                ) : null}
              </tbody>
            );
          })}
        </table>
      </section>
      <p id="matrix-keys" className="text-xs text-slate-600">
        {props.canEdit
          ? "Keyboard: arrow keys move between cells; R, A, C or I sets a role; Delete or Backspace clears it; Enter opens the role menu."
          : "Arrow keys move between cells. Your role can read this matrix but not change it."}
      </p>
      <p className="text-xs text-slate-600">
        Outcome for {props.outcomeMonth}: the status of each touchpoint’s targets, from the month’s reading,
        else the month before’s; an off-target row names its worst miss as measure, reading / target.
      </p>
    </div>
  );
}
