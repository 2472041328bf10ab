// "\x4" in a comment
const r = /\x4/;
export async function main(f = 1) {
  return f;
}
