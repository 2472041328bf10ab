export async function main(
  a: number = 1,
  b: string = "crlf",
  c = [
    "x",
  ],
  d = `multi
line`,
) {
  return a;
}
