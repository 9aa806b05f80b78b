import { getMeasuresJson, postMeasuresJson } from "@/lib/outcomes/measure-api";

export const dynamic = "force-dynamic";

/** The workspace's measures as JSON (README.md, HTTP interface; /api/v1/openapi.json). */
export const GET = getMeasuresJson;

/** A JSON array of measures, upserted by name: 200 with counts, or 422 and nothing written. */
export const POST = postMeasuresJson;
