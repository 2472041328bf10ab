export async function main(x: string) {
  return x;
}
