export async function main(
  this: void,
  { a, b = 2 }: { a: string; b?: number },
  [x, y]: [string, number],
  ...rest: string[]
) {
  return a;
}
