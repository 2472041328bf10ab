export async function main(f = "\9x") {
  return f;
}
