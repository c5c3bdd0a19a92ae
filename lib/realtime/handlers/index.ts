import type { AnySocketHandler } from "../types";
import { ping } from "./system";

/**
 * Every socket event the server answers. The authorization matrix test iterates over this list,
 * so a handler added here is covered without anyone remembering to add a case.
 */
export const socketHandlers: readonly AnySocketHandler[] = [ping];
