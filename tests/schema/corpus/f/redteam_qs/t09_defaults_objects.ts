export async function main(
  cfg = { retries: 3, backoff: [1, 2, 4], nested: { on: true, name: "x" } },
  list = ["a", "b"],
  neg = -5,
  negf = -0.5,
  tmpl = `hello`,
  tmpl2 = `a ${"b"} c`,
  empty = {},
  big = 1e21,
  hex = 0x1f,
  sep = 1_000,
  nul = null,
) {
  return cfg;
}
