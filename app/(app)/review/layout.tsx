import { ReviewWordsProvider } from "@/components/reviews/error-words";
import { clientWords } from "@/lib/i18n/server";

/** Every review screen: its error boundary's few words wait here, in the person's language. */
export default async function ReviewLayout({ children }: { children: React.ReactNode }) {
  return <ReviewWordsProvider words={await clientWords("review", ["loadError"])}>{children}</ReviewWordsProvider>;
}
