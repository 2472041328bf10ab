export let main = async (a: string = "let") => a;
