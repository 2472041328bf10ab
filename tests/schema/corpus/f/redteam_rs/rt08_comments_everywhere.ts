// export async function main(fake: number) {}
/* export async function main(alsoFake: string) {} */
const s = "export async function main(inString: boolean) {}";

export async function main( // opening )
  // before a
  a: number, // trailing ) ( :
  /* block */ b: string = "/* not a comment */", // real
  c: number[] = [ // inside default
    1, // one
    2,
  ],
  /** jsdoc on d */
  d?: string,
  // dangling
) /* before body */ {
  return a;
}
