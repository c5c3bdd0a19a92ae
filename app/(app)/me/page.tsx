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
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { deviceParts } from "@/lib/accounts/device";
import { formatDate } from "@/lib/i18n/format";
import { requireMember } from "@/lib/auth/guard";
import { liveFeed } from "@/lib/calendar/queries";
import { listSessions } from "@/lib/auth/sessions";
import { countShareLinksWaitingFor } from "@/lib/share-links/queries";
import { apiBaseFor } from "@/lib/api/base";
import { isCoupleMember } from "@/lib/auth/member";
import { listTokens } from "@/lib/tokens/queries";
import { NotificationsSection } from "@/components/push/notifications-section";
import { PUSH_ISLAND_KEYS } from "@/components/push/words";
import { notificationSettings, pushDevices } from "@/lib/push/queries";
import { vapidKeys } from "@/lib/push/vapid";
import { isLocale, LOCALES, PSEUDO_LOCALE, type Locale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { clientWords, getLocale, getT, pseudoLocaleEnabled } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleMe") };
}

export default async function MePage() {
  const member = await requireMember("/me");
  const pseudo = pseudoLocaleEnabled();
  const [sessions, feed, linksWaiting, tokens, notify, devices, h, languageWords, tl, t, meWords, pushWords, tp, locale] = await Promise.all([
    listSessions(member.user.id),
    liveFeed(member.user.id),
    member.couple && !member.couple.endedAt ? countShareLinksWaitingFor(member.couple.id, member.user.id) : 0,
    listTokens(member.user.id),
    notificationSettings(member.user.id),
    pushDevices(member.user.id, member.sessionId),
    headers(),
    clientWords("language"),
    getT("language"),
    getT("me"),
    clientWords("me", ["profile", "password", "sessions", "confirm"]),
    clientWords("push", PUSH_ISLAND_KEYS),
    getT("push"),
    getLocale(),
  ]);
  const savedLocale = member.user.locale;
  const locales: Locale[] = pseudo ? [...LOCALES, PSEUDO_LOCALE] : [...LOCALES];
  const format = { format: (d: Date) => formatDate(locale, member.user.timeZone, d, "dateTimeMedium") };
  const device = (ua: string) => {
    const { browser, os } = deviceParts(ua);
    return browser && os ? t("device.browserOn", { browser, os }) : (browser ?? os ?? t("device.unknown"));
  };
  const partnerName = member.couple?.partner?.name;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("about")}</h2>
        <p className="mb-4 text-sm text-muted">{t("signedInAs", { email: member.user.email })}</p>
        <ProfileForm name={member.user.name} timeZone={member.user.timeZone} words={meWords} />
      </Card>
      <Card data-testid="notifications-card">
        <h2 className="mb-2 text-lg font-semibold">{tp("me.title")}</h2>
        <NotificationsSection
          publicKey={vapidKeys()?.publicKey ?? null}
          thisDevice={devices.thisDevice}
          otherDevices={devices.count - (devices.thisDevice ? 1 : 0)}
          settings={notify}
          words={pushWords}
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
        <h2 className="mb-2 text-lg font-semibold">{t("sessionsHeading")}</h2>
        <SessionsList
          words={meWords}
          sessions={sessions.map((s) => ({
            id: s.id,
            device: device(s.userAgent),
            lastSeen: format.format(s.lastSeenAt),
            current: s.id === member.sessionId,
          }))}
        />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t("calendarHeading")}</h2>
        <CalendarPanel
          feed={feed ? { created: format.format(feed.createdAt), lastUsed: feed.lastUsedAt ? format.format(feed.lastUsedAt) : null } : null}
          words={await clientWords("calendar")}
        />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t("tokensHeading")}</h2>
        <TokensSection
          tokens={tokens.map((t) => ({ id: t.id, name: t.name, scope: t.scope, hint: t.hint, lastUsed: t.lastUsedAt ? format.format(t.lastUsedAt) : null }))}
          apiBase={await apiBaseFor()}
          canCreate={isCoupleMember(member)}
          words={await clientWords("tokens")}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("passwordHeading")}</h2>
        <PasswordForm words={meWords} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("journal.heading")}</h2>
        <p className="mt-2 text-muted">{t("journal.lead")}</p>
        <Link href="/journal" className={buttonClass("secondary", "mt-4 w-full")} data-testid="me-journal">
          {t("journal.open")}
        </Link>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("data.heading")}</h2>
        <p className="mt-2 text-muted">{t("data.lead")}</p>
        <a href="/api/me/export" download className={buttonClass("secondary", "mt-4 w-full")} data-testid="export">
          {t("data.export")}
        </a>
      </Card>
      {member.couple ? (
        <Card data-testid="record-card">
          <h2 className="text-lg font-semibold">{t("record.heading")}</h2>
          <p className="mt-2 text-muted">{t("record.lead")}</p>
          {linksWaiting ? (
            <p className="mt-3 rounded-2xl bg-calm-soft px-3 py-2" data-testid="record-card-waiting">
              {t("record.waiting", { partner: partnerName ?? t("record.partner") })}
            </p>
          ) : null}
          <Link href="/record" className={buttonClass("secondary", "mt-4 w-full")}>
            {linksWaiting ? t("record.look") : t("record.open")}
          </Link>
        </Card>
      ) : null}
      {member.couple?.partner && !member.couple.endedAt ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("space.heading")}</h2>
          <p className="mt-2 text-muted">{t("space.lead", { partner: partnerName ?? "" })}</p>
          <div className="mt-4 flex flex-col">
            <ConfirmWithPassword
              operation="couples.leave"
              openLabel={t("space.leaveOpen")}
              confirmLabel={t("space.leaveConfirm")}
              explanation={t("space.leaveExplain")}
              words={meWords}
              done="/together"
              testId="leave"
            />
          </div>
        </Card>
      ) : null}
      <Card>
        <h2 className="text-lg font-semibold">{t("delete.heading")}</h2>
        <p className="mt-2 text-muted">{t("delete.lead")}</p>
        <div className="mt-4 flex flex-col">
          <ConfirmWithPassword
            operation="accounts.deleteAccount"
            openLabel={t("delete.open")}
            confirmLabel={t("delete.confirm")}
            explanation={t("delete.explain")}
            words={meWords}
            done="/"
            testId="delete"
          />
        </div>
      </Card>
      <Link href="/help" className={buttonClass("quiet")}>
        {t("help")}
      </Link>
    </div>
  );
}
