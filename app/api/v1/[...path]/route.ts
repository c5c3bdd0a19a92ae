// /api/v1/* – the JSON API for personal access tokens (phone Shortcuts, watches, widgets): one
// handler for every operation declared with `api`, and the OpenAPI document (lib/api).
import { apiRouteHandler } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

export const GET = apiRouteHandler;
export const HEAD = apiRouteHandler;
export const POST = apiRouteHandler;
export const PUT = apiRouteHandler;
export const PATCH = apiRouteHandler;
export const DELETE = apiRouteHandler;
export const OPTIONS = apiRouteHandler;
