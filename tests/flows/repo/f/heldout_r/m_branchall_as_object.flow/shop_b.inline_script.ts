export async function main(ean: string) {
  return { shop: "b", price: 9.79, ean }
}
