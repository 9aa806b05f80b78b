// Where to send someone after signing in: a path on this site only. Checked by parsing the way a browser does
// (which drops tab, CR and LF and reads "\" as "/"), so "/\t/evil.example" or "/\\evil.example" cannot turn
// into another host; what comes back is the parsed path, never the raw input. Pure: tested on its own.
const BASE = "http://throughline.invalid";

export function getSafeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value?.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that still reads as "//host" once a browser resolves it (e.g. "/%2F%2Fhost" stays a path) is fine;
  // anything that parses to another origin was refused above.
  return path.startsWith("//") ? fallback : path;
}
