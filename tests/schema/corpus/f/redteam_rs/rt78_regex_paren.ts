export async function main(msg = "smile :)", n = 2, re = /\)/, t = `)${"("}`) {
  return msg;
}
