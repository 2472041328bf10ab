export async function main(f = [`\08`]) {
  return f;
}
