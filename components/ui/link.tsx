"use client";
import NextLink from "next/link";
import { type ComponentProps, useState } from "react";

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * The app's link: next/link, prefetching a page once someone shows they may open it (the pointer over it, keyboard
 * focus, a touch) rather than whenever it scrolls into view. Every page here is rendered per request for its
 * signed-in reader, so viewport prefetching made each page view ask the server for every link on screen (the
 * dashboard has about 25 distinct ones), each running the workspace's guard and queries, and kept no result.
 * `prefetch={false}` still turns it off entirely.
 */
export default function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const [hasIntent, setHasIntent] = useState(false);
  const wantsPrefetch = prefetch !== false;
  return (
    <NextLink
      {...props}
      prefetch={wantsPrefetch && hasIntent ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        if (wantsPrefetch) setHasIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        if (wantsPrefetch) setHasIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        if (wantsPrefetch) setHasIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
