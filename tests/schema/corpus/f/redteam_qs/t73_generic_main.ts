export async function main<T extends string>(a: T, b: number = 1) {
  return a;
}
