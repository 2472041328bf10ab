export async function main(this: void, a: string, ...rest: number[]) {
  return a;
}
