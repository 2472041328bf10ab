export async function main(b = ["\8"]) {
  return b;
}
