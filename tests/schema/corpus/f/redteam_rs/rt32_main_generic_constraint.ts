export async function main<T extends string = "x">(a: T, b: Array<T> = [], c: number = 1) {
  return a;
}
