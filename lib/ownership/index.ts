// Public surface of the ownership rules: pure functions, no I/O.
// Import from "lib/ownership" rather than individual files so internals can move freely.

export * from "./attach-roles";
export * from "./handoffs";
export * from "./journey";
export * from "./roles";
export * from "./status";
export * from "./verification";
