export function main(a: string, b = "x" + "y", c = 2 ** 10, d = !0, e = typeof 1) {
  return a;
}
