// Request headers proxy.ts sets for the server components behind it. It overwrites any a client sends.
export const REQUEST_PATH_HEADER = "x-throughline-path";
export const NONCE_HEADER = "x-nonce";
