export async function main(a = 1, b = "s", c = [1], d = { k: 1 }, e?: string, f: number) {
  return a;
}
