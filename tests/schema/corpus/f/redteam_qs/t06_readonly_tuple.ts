export async function main(
  ids: readonly string[],
  pairs: ReadonlyArray<number>,
  point: [number, number],
  labeled: [x: number, y: string],
  maybe?: readonly [string, number?],
) {
  return ids;
}
