export async function main(
  a: string = "nbsp indent",
  b = 1,
 c = 2,
) {
  return a;
}
