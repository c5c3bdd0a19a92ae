import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { ConfirmWithPassword } from "@/components/accounts/confirm-with-password";
import { LocaleSelect } from "@/components/accounts/locale-select";
import { PasswordForm } from "@/components/accounts/password-form";
import { ProfileForm } from "@/components/accounts/profile-form";
import { SessionsList } from "@/components/accounts/sessions-list";
import { CalendarPanel } from "@/components/calendar/calendar-panel";
import { TokensSection } from "@/components/accounts/tokens-section";
import { TOKENS_COPY } from "@/components/accounts/tokens-copy";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describeDevice } from "@/lib/accounts/device";
import { requireMember } from "@/lib/auth/guard";
import { liveFeed } from "@/lib/calendar/queries";
import { listSessions } from "@/lib/auth/sessions";
import { countShareLinksWaitingFor } from "@/lib/share-links/queries";
import { apiBaseFor } from "@/lib/api/base";
import { isCoupleMember } from "@/lib/auth/member";
import { listTokens } from "@/lib/tokens/queries";
import { NotificationsSection } from "@/components/push/notifications-section";
import { NOTIFY_WORDS } from "@/components/push/words";
import { notificationSettings, pushDevices } from "@/lib/push/queries";
import { vapidKeys } from "@/lib/push/vapid";
import { isLocale, LOCALES, PSEUDO_LOCALE, type Locale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { clientWords, getT, pseudoLocaleEnabled } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Me" };

export default async function MePage() {
  const member = await requireMember("/me");
  const pseudo = pseudoLocaleEnabled();
  const [sessions, feed, linksWaiting, tokens, notify, devices, h, languageWords, tl] = await Promise.all([
    listSessions(member.user.id),
    liveFeed(member.user.id),
    member.couple && !member.couple.endedAt ? countShareLinksWaitingFor(member.couple.id, member.user.id) : 0,
    listTokens(member.user.id),
    notificationSettings(member.user.id),
    pushDevices(member.user.id, member.sessionId),
    headers(),
    clientWords("language"),
    getT("language"),
  ]);
  const savedLocale = member.user.locale;
  const locales: Locale[] = pseudo ? [...LOCALES, PSEUDO_LOCALE] : [...LOCALES];
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: member.user.timeZone });
  const partnerName = member.couple?.partner?.name;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">Me</h1>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">About me</h2>
        <p className="mb-4 text-sm text-muted">Signed in as {member.user.email}</p>
        <ProfileForm name={member.user.name} timeZone={member.user.timeZone} />
      </Card>
      <Card data-testid="notifications-card">
        <h2 className="mb-2 text-lg font-semibold">{NOTIFY_WORDS.title}</h2>
        <NotificationsSection
          publicKey={vapidKeys()?.publicKey ?? null}
          thisDevice={devices.thisDevice}
          otherDevices={devices.count - (devices.thisDevice ? 1 : 0)}
          settings={notify}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{tl("heading")}</h2>
        <LocaleSelect
          saved={isLocale(savedLocale, pseudo) ? savedLocale : ""}
          device={negotiateLocale(h.get("accept-language"), pseudo)}
          locales={locales}
          words={languageWords}
        />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Where I’m signed in</h2>
        <SessionsList
          sessions={sessions.map((s) => ({
            id: s.id,
            device: describeDevice(s.userAgent),
            lastSeen: format.format(s.lastSeenAt),
            current: s.id === member.sessionId,
          }))}
        />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Calendar</h2>
        <CalendarPanel feed={feed ? { created: format.format(feed.createdAt), lastUsed: feed.lastUsedAt ? format.format(feed.lastUsedAt) : null } : null} />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{TOKENS_COPY.title}</h2>
        <TokensSection
          tokens={tokens.map((t) => ({ id: t.id, name: t.name, scope: t.scope, hint: t.hint, lastUsed: t.lastUsedAt ? format.format(t.lastUsedAt) : null }))}
          apiBase={await apiBaseFor()}
          canCreate={isCoupleMember(member)}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Password</h2>
        <PasswordForm />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">My journal</h2>
        <p className="mt-2 text-muted">Private reflection, patterns over time and things that steady me. Only you can read it.</p>
        <Link href="/journal" className={buttonClass("secondary", "mt-4 w-full")} data-testid="me-journal">
          Open my journal
        </Link>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">My data</h2>
        <p className="mt-2 text-muted">A copy of everything you can see and wrote in Steady, as a file — your private journal included, in plain text: keep the file somewhere safe.</p>
        <a href="/api/me/export" download className={buttonClass("secondary", "mt-4 w-full")} data-testid="export">
          Export my data
        </a>
      </Card>
      {member.couple ? (
        <Card data-testid="record-card">
          <h2 className="text-lg font-semibold">Bring it to a counsellor</h2>
          <p className="mt-2 text-muted">Our agreements and how they went, to print, save as a PDF, or share with a counsellor through a link we both approve.</p>
          {linksWaiting ? (
            <p className="mt-3 rounded-2xl bg-calm-soft px-3 py-2" data-testid="record-card-waiting">
              {partnerName ?? "Your partner"} suggested a link for a counsellor. Would this work for us?
            </p>
          ) : null}
          <Link href="/record" className={buttonClass("secondary", "mt-4 w-full")}>
            {linksWaiting ? "Take a look" : "Our agreements, to bring along"}
          </Link>
        </Card>
      ) : null}
      {member.couple?.partner && !member.couple.endedAt ? (
        <Card>
          <h2 className="text-lg font-semibold">Our shared space</h2>
          <p className="mt-2 text-muted">
            You can leave at any time, on your own. {partnerName} will see that the shared space has ended — no reasons are shown.
          </p>
          <div className="mt-4 flex flex-col">
            <ConfirmWithPassword
              operation="couples.leave"
              openLabel="Leave our shared space"
              confirmLabel="Leave now"
              explanation="Leaving ends the shared space for both of you straight away. You’ll keep your account."
              done="/together"
              testId="leave"
            />
          </div>
        </Card>
      ) : null}
      <Card>
        <h2 className="text-lg font-semibold">Delete my account</h2>
        <p className="mt-2 text-muted">
          This removes your account, your sessions, your private journal and its key. If you share a space, it ends; what you proposed stays with your
          partner as “a former partner”.
        </p>
        <div className="mt-4 flex flex-col">
          <ConfirmWithPassword
            operation="accounts.deleteAccount"
            openLabel="Delete my account"
            confirmLabel="Delete for good"
            explanation="This can’t be undone. Export your data first if you’d like a copy."
            done="/"
            testId="delete"
          />
        </div>
      </Card>
      <Link href="/help" className={buttonClass("quiet")}>
        Help and support
      </Link>
    </div>
  );
}
