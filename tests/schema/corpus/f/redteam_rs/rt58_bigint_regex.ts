export async function main(a = 1_000n, b = 0x1Fn, c = -5n, d = /abc/g, e = [0n]) {
  return a;
}
