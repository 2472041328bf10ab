export async function main(f = ["\x4"]) {
  return f;
}
