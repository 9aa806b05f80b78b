import { NextResponse } from "next/server";
import { getCoverageApiResult } from "@/lib/coverage/api";

export const dynamic = "force-dynamic";

/** The dashboard's numbers as JSON (README.md, HTTP interface). */
export async function GET(request: Request) {
  const result = await getCoverageApiResult(new URL(request.url).searchParams);
  return NextResponse.json(result.body, {
    status: result.status,
    headers: { "Cache-Control": "no-store" },
  });
}
