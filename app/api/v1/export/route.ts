import { exportSheet } from "@/lib/sheets/api";

export const dynamic = "force-dynamic";

/** The map as a RACI sheet (CSV) or JSON (README.md, RACI sheets; /api/v1/openapi.json). */
export const GET = exportSheet;
