import { ActionError } from "@/lib/actions/result";
import { apiFailure, jsonResponse } from "@/lib/api/errors";
import { getImportResult } from "@/lib/sheets/api";

export const dynamic = "force-dynamic";

/** A RACI sheet as the body (README.md, RACI sheets; /api/v1/openapi.json): 200 with counts, or 422 and nothing written. */
export async function POST(request: Request) {
  try {
    const result = await getImportResult(request);
    return jsonResponse(result.status, result.body);
  } catch (error) {
    if (error instanceof ActionError && error.code === "conflict") {
      const conflict = apiFailure(409, "conflict", error.message);
      return jsonResponse(conflict.status, conflict.body);
    }
    console.error("Sheet import failed", error);
    const failure = apiFailure(
      500,
      "unexpected",
      "Something went wrong and nothing was written. Please try again.",
    );
    return jsonResponse(failure.status, failure.body);
  }
}
