export async function main(source: string) {
  return [source];
}
