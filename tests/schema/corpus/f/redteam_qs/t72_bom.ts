export async function main(a = "bom") {
  return a;
}
