export async function main(f = [`\1`]) {
  return f;
}
