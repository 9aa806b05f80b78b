import { getReadings, postReadings } from "@/lib/outcomes/sheet-api";

export const dynamic = "force-dynamic";

/** The readings as a readings sheet, or JSON (README.md, HTTP interface; /api/v1/openapi.json). */
export const GET = getReadings;

/** A readings sheet or JSON array, each reading recorded or replaced: 200 with counts, or 422 and nothing written. */
export const POST = postReadings;
