export async function main(b = ["\08"]) {
  return b;
}
