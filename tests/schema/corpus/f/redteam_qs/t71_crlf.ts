export async function main(a: string = "x",
  b = 2) {
  return a;
}
