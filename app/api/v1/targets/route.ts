import { getTargetsCsv, postTargetsCsv } from "@/lib/outcomes/sheet-api";

export const dynamic = "force-dynamic";

/** Every target as a targets sheet (README.md, HTTP interface; /api/v1/openapi.json). */
export const GET = getTargetsCsv;

/** A targets sheet, upserted (an empty target clears it): 200 with counts, or 422 and nothing written. */
export const POST = postTargetsCsv;
