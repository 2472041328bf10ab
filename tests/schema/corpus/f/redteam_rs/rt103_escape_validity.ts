export async function main(f = "\u{}") {
  return f;
}
