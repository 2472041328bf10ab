// The helpers the incident scripts use, under the names they use.
import { post as rawPost } from "./http.ts";
import { slugify } from "./text.ts";

export { rawPost as deliver, slugify };
