export async function main(f = "\u{0}") {
  return f;
}
