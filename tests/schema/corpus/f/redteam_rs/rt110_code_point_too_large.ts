export async function main(f = ["\u{110000}"]) {
  return f;
}
