export async function main(b = ["\101"]) {
  return b;
}
