export async function main(ean: string) {
  return { shop: "a", price: 10.49, ean }
}
