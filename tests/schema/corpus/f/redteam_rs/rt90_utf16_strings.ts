export async function main(
  a = ["🚀".length, "é".length, "e\u0301".length, "日本".length],
  b = [..."🚀x"],
  c = ["🚀"[0], "🚀"[1], "ab🚀"[2]],
  d = { k: "abc"[1], n: "👨‍👩‍👧".length },
  e = [`${"🚀".length}`],
  f = [[..."é"].length, "\u{1F600}".length],
  g = ["🚀"[0] + "🚀"[1], "\uD83D\uDE00", "\uD83D", "\uD83D" + "\uDE00"],
  h = { s: "a🚀b"[3], len: ("🚀" + "🚀").length },
) {
  return a;
}
