// GET/POST /api/auth/* – only the next-auth endpoints the app’s client calls (see lib/auth/next-auth-route.ts); the rest answer 404.
import { handleAuthRequest } from "@/lib/auth/next-auth-route";

const handler = async (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) =>
  handleAuthRequest(req, (await ctx.params).nextauth);

export { handler as GET, handler as POST };
