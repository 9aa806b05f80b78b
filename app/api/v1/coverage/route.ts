import { jsonResponse } from "@/lib/api/errors";
import { getCoverageApiResult } from "@/lib/coverage/api";

export const dynamic = "force-dynamic";

/** The dashboard's numbers as JSON (README.md, HTTP interface; /api/v1/openapi.json). */
export async function GET(request: Request) {
  const result = await getCoverageApiResult(new URL(request.url).searchParams, request.headers);
  return jsonResponse(result.status, result.body);
}
