import { getCoverageJson } from "@/lib/coverage/api";

export const dynamic = "force-dynamic";

/** The dashboard's numbers as JSON (README.md, HTTP interface; /api/v1/openapi.json). */
export const GET = getCoverageJson;
