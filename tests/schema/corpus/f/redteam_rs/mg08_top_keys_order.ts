export async function main(a: string) {
  return a;
}
