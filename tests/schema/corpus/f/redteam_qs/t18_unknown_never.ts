export async function main(a: unknown, b: any, c: object, d: Object, e: never, f: void, g: bigint = 10n, h: symbol) {
  return a;
}
