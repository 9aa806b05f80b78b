// UUID version 7 ids (time-ordered), like the ones Prisma's @default(uuid(7)) makes, for rows written in bulk SQL.
// An import may write hundreds of thousands of roles in one request: random bytes come from a pool refilled
// 1,024 ids at a time, and hex from a table, so making ids does not hold the event loop for seconds.
import { randomBytes } from "node:crypto";

const POOL_IDS = 1024;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
let pool = randomBytes(0);
let offset = 0;

export function newUuid7(now = Date.now()): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(now / 2 ** (8 * (5 - i))) & 0xff;
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  let hex = "";
  for (let i = 0; i < 16; i++) {
    hex += HEX[bytes[i] ?? 0];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += "-";
  }
  return hex;
}
