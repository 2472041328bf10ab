export async function main(a: string, b?: number) {
  return a;
}
