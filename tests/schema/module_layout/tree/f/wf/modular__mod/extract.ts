export async function main(region: string, page: number = 1) {
  return [region, page];
}
