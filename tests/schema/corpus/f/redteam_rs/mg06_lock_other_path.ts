export async function main(a = 1) {
  return a;
}
