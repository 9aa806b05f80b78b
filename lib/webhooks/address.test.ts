import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "./address";

describe("isBlockedAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "169.254.0.1",
    "100.64.0.1",
    "100.127.255.255",
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.1",
    "255.255.255.255",
    "198.18.0.1",
    "::",
    "::1",
    "[::1]",
    "fc00::1",
    "fd12:3456:789a::1",
    "fe80::1",
    "fe80::1%eth0",
    "febf::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:192.168.0.1",
    "0:0:0:0:0:ffff:a9fe:a9fe",
    "::127.0.0.1",
    "64:ff9b::127.0.0.1",
    "64:ff9b::a00:1",
    "2002:7f00:1::",
    "2002:c0a8:101::1",
    "not an address",
    "localhost",
    "",
  ])("refuses %s", (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255",
    "172.32.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "169.253.255.255",
    "192.167.255.255",
    "11.0.0.1",
    "126.255.255.255",
    "128.0.0.1",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "2a00::1",
  ])("allows %s", (address) => expect(isBlockedAddress(address)).toBe(false));

  const octet = fc.integer({ min: 0, max: 255 });
  it("reads an IPv4 address and its IPv6-mapped forms alike", () => {
    fc.assert(
      fc.property(octet, octet, octet, octet, (a, b, c, d) => {
        const v4 = `${a}.${b}.${c}.${d}`;
        const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        const blocked = isBlockedAddress(v4);
        expect(isBlockedAddress(`::ffff:${v4}`)).toBe(blocked);
        expect(isBlockedAddress(`::ffff:${hex}`)).toBe(blocked);
        expect(isBlockedAddress(`64:ff9b::${v4}`)).toBe(blocked);
      }),
    );
  });

  it("refuses every address in the private ranges", () => {
    fc.assert(
      fc.property(octet, octet, octet, (b, c, d) => {
        expect(isBlockedAddress(`10.${b}.${c}.${d}`)).toBe(true);
        expect(isBlockedAddress(`127.${b}.${c}.${d}`)).toBe(true);
        expect(isBlockedAddress(`172.${16 + (b % 16)}.${c}.${d}`)).toBe(true);
        expect(isBlockedAddress(`192.168.${c}.${d}`)).toBe(true);
        expect(isBlockedAddress(`169.254.${c}.${d}`)).toBe(true);
        expect(isBlockedAddress(`100.${64 + (b % 64)}.${c}.${d}`)).toBe(true);
      }),
    );
  });

  it("refuses all of fc00::/7 and fe80::/10", () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.integer({ min: 0xfc00, max: 0xfdff }), group, (first, rest) => {
        expect(isBlockedAddress(`${first.toString(16)}:${rest.toString(16)}::1`)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0xfe80, max: 0xfebf }), group, (first, rest) => {
        expect(isBlockedAddress(`${first.toString(16)}::${rest.toString(16)}`)).toBe(true);
      }),
    );
  });
});
