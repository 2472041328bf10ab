export async function main(b = ["\0"], c = { k: "\7" }) {
  return b;
}
