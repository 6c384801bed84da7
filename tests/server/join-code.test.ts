import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_BITS, newJoinCode, normalizeCode } from "../../src/server/join-code.ts";

describe("join codes", () => {
  it("use only unambiguous characters, with at least 30 bits", () => {
    for (const ch of "B8O0I1LS5G6Z2Q") expect(CODE_ALPHABET).not.toContain(ch);
    expect(CODE_BITS).toBeGreaterThanOrEqual(30);
    const codes = new Set(Array.from({ length: 2000 }, () => newJoinCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(normalizeCode(c)).toBe(c);
  });

  it("read what a person types, and nothing else", () => {
    expect(normalizeCode(" k4mt xw7c ")).toBe("K4MT-XW7C");
    expect(normalizeCode("k4mt-xw7c")).toBe("K4MT-XW7C");
    expect(normalizeCode("K4MT-XW7")).toBeUndefined();
    expect(normalizeCode("B4MT-XW7C")).toBeUndefined();
    expect(normalizeCode(42)).toBeUndefined();
    expect(normalizeCode("K".repeat(100))).toBeUndefined();
  });
});
