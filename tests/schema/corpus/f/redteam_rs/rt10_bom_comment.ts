// comment after bom
export async function main(name = "bom", n?: number) {
  return name;
}
