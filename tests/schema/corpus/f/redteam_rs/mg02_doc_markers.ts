export async function main(x: string, y = 2) {
  return x;
}
