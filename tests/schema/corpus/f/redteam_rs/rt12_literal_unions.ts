type Mode = "fast" | "slow";
const MODES = ["a", "b"] as const;

export async function main(
  a: "x",
  b: "a" | "b" = "b",
  c?: "on" | "off",
  d: ("r" | "g" | "b")[] = ["r"],
  e: Mode = "fast",
  f: Array<"q" | "w"> = [],
  g: "emoji 🚀" | "日本" | 'with "quote"' = "日本",
  h: 1 | 2 | 3 = 2,
  i: "a" | null = null,
  j: -1 | 0 | 1 = 0,
  k: true | false = true,
  l: (typeof MODES)[number] = "a",
  m: | "lead" | "pipe" = "lead",
) {
  return a;
}
