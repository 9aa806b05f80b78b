"use client";

import { type KeyboardEvent, type MouseEvent, useCallback, useState } from "react";
import type { MatrixDepartment } from "@/lib/matrix/queries";
import type { RaciRole } from "@/lib/ownership";
import type { EditorRow } from "./matrix-row";

type Position = { row: number; column: number };
const ROLE_KEYS: Record<string, RaciRole> = { r: "R", a: "A", c: "C", i: "I" };
const PAGE = 10;

function getCell(from: Element, position: Position): HTMLElement | null {
  const grid = from.closest("table");
  return (
    grid?.querySelector<HTMLElement>(`[data-row="${position.row}"][data-col="${position.column}"]`) ?? null
  );
}

/**
 * The grid's keyboard model (one roving tab stop; arrows, Home/End, PageUp/PageDown move; R/A/C/I set a role;
 * Delete/Backspace clear; Enter opens the role menu) with one handler on the table, not one per cell.
 */
export function useGridKeyboard(opts: {
  rows: readonly EditorRow[];
  columns: readonly MatrixDepartment[];
  canEdit: boolean;
  onEdit: (row: EditorRow, departmentId: string, role: RaciRole | null) => void;
}) {
  const { rows, columns, canEdit, onEdit } = opts;
  const [position, setPosition] = useState<Position>({ row: 0, column: 0 });
  const [isPickerOpen, setPickerOpen] = useState(false);
  const active = {
    row: Math.min(position.row, Math.max(rows.length - 1, 0)),
    column: Math.min(position.column, Math.max(columns.length - 1, 0)),
  };

  const moveTo = (from: Element, next: Position) => {
    const clamped = {
      row: Math.max(0, Math.min(next.row, rows.length - 1)),
      column: Math.max(0, Math.min(next.column, columns.length - 1)),
    };
    setPosition(clamped);
    setPickerOpen(false);
    getCell(from, clamped)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = event.target as HTMLElement;
    if (!cell.matches("[data-row]")) return;
    const here = { row: Number(cell.dataset.row), column: Number(cell.dataset.col) };
    const row = rows[here.row];
    const column = columns[here.column];
    const moves: Record<string, Position> = {
      ArrowUp: { ...here, row: here.row - 1 },
      ArrowDown: { ...here, row: here.row + 1 },
      ArrowLeft: { ...here, column: here.column - 1 },
      ArrowRight: { ...here, column: here.column + 1 },
      Home: event.ctrlKey ? { row: 0, column: 0 } : { ...here, column: 0 },
      End: event.ctrlKey
        ? { row: rows.length - 1, column: columns.length - 1 }
        : { ...here, column: columns.length - 1 },
      PageUp: { ...here, row: here.row - PAGE },
      PageDown: { ...here, row: here.row + PAGE },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(cell, move);
      return;
    }
    if (!canEdit || !row || !column || event.ctrlKey || event.metaKey || event.altKey) return;
    const role = ROLE_KEYS[event.key.toLowerCase()];
    if (role || event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onEdit(row, column.id, role ?? null);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      setPosition(here);
      setPickerOpen(true);
    }
  };

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!cell) return;
    setPosition({ row: Number(cell.dataset.row), column: Number(cell.dataset.col) });
    setPickerOpen(canEdit);
    cell.focus();
  };

  const closePicker = useCallback(() => {
    setPickerOpen(false);
    // Back to the cell the menu belonged to.
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>("[data-row][tabindex='0']")?.focus();
    });
  }, []);

  const pick = useCallback(
    (row: EditorRow, departmentId: string, role: RaciRole | null) => {
      onEdit(row, departmentId, role);
      closePicker();
    },
    [onEdit, closePicker],
  );

  return { active, isPickerOpen, onKeyDown, onClick, pick, closePicker };
}
