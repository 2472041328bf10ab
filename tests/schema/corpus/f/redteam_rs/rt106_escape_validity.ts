export async function main(f = `a${1}\x4`) {
  return f;
}
