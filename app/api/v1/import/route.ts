import { importSheet } from "@/lib/sheets/api";

export const dynamic = "force-dynamic";

/** A RACI sheet as the body (README.md, RACI sheets; /api/v1/openapi.json): 200 with counts, or 422 and nothing written. */
export const POST = importSheet;
