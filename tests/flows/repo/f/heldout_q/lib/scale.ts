export async function main(name: string, factor = 2, note?: string) {
  return { name, scaled: factor * 10, note };
}
