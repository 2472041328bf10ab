export async function main(a = { x: 1 } as const, b = [1, 2] as number[], c = { y: 2 } satisfies object, d = <number>5) {
  return a;
}
