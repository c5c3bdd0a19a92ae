import { redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { getMember } from "@/lib/auth/guard";

export default async function Landing() {
  if (await getMember()) redirect("/today");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col px-6 pt-16 pb-10">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Steady</p>
      <h1 className="mt-3 text-3xl leading-tight font-semibold">Agreements that help you both feel safe, right there when it matters.</h1>
      <p className="mt-4 text-lg text-muted">
        Decide together how you check in, what helps when something stings, and how to take a breather mid-argument — then use it, on
        both your phones.
      </p>
      <ul className="mt-8 space-y-3 text-base">
        <li>Nothing becomes “our agreement” until you both say yes.</li>
        <li>One tap starts a pause on both phones.</li>
        <li>What’s private stays private. Either of you can leave, anytime.</li>
      </ul>
      <div className="mt-auto flex flex-col gap-3 pt-10">
        <LinkButton href="/signup">Get started</LinkButton>
        <LinkButton href="/signin" variant="secondary">
          Sign in
        </LinkButton>
        <LinkButton href="/join" variant="quiet">
          I have an invite code
        </LinkButton>
      </div>
    </main>
  );
}
