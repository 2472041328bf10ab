export async function main(a?: string = "x", b?: number) {
  return a;
}
