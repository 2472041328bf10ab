export async function main(f = "\8") {
  return f;
}
