import type { AnySocketHandler } from "../types";
import { pauseHandlers } from "./pause";
import { ping } from "./system";

/**
 * Every socket event the server answers. The authorization matrix test iterates over this list,
 * so a handler added here is covered without anyone remembering to add a case.
 */
export const socketHandlers: readonly AnySocketHandler[] = [ping, ...pauseHandlers];
