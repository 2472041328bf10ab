type T = { \u0061: string; b\u{63}: number };
export async function main(t: T, \u{64}e = 1) {
  return t;
}
