export async function main(
  a = String.raw`C:\path`,
  b = `\${escaped}`,
  c = `nested ${`inner ${"deep"}`}`,
  d = `${1}${2}`,
  e = `a\`b`,
) {
  return a;
}
