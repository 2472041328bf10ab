import { workflow } from "windmill-client";
export default workflow(async (a: string) => {});
