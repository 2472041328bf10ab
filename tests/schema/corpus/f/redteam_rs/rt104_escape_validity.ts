export async function main(f = `\x41`) {
  return f;
}
