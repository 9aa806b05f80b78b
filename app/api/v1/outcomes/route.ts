import { getOutcomesJson } from "@/lib/outcomes/outcomes-api";

export const dynamic = "force-dynamic";

/** The dashboard's outcome counts, unowned pain and scorecards as JSON (README.md, HTTP interface). */
export const GET = getOutcomesJson;
