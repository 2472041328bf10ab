export async function main({ a, b = 2 }: { a: string; b?: number }, [x, y] = [1, 2]) {
  return a;
}
