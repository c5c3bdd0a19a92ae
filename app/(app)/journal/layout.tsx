import { JournalWordsProvider } from "@/components/journal/journal-words";
import { clientWords } from "@/lib/i18n/server";

/** Every journal screen: its error boundary's few words wait here, in the person's language. */
export default async function JournalLayout({ children }: { children: React.ReactNode }) {
  return <JournalWordsProvider words={await clientWords("journal", ["error"])}>{children}</JournalWordsProvider>;
}
