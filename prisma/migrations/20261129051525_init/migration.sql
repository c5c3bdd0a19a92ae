-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('CHECK_IN', 'TRIGGER_RESPONSE', 'PAUSE_RULE', 'NEED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'RETIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "VersionAction" AS ENUM ('CREATE', 'CHANGE', 'RETIRE');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "PauseEndReason" AS ENUM ('EXPIRED', 'ENDED_EARLY');

-- CreateEnum
CREATE TYPE "ReconveneChoice" AS ENUM ('TALK_NOW', 'SCHEDULE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Couple" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Couple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "redeemedAt" TIMESTAMP(3),
    "redeemedById" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'PROPOSED',
    "activeVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "action" "VersionAction" NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'PENDING',
    "content" JSONB NOT NULL,
    "note" TEXT,
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pause" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "extensions" INTEGER NOT NULL DEFAULT 0,
    "partnerReadyAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,
    "endReason" "PauseEndReason",
    "reconveneChoice" "ReconveneChoice",
    "reconveneAt" TIMESTAMP(3),

    CONSTRAINT "Pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "actorId" TEXT,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_key" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_coupleId_slot_key" ON "Membership"("coupleId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_codeHash_key" ON "Invite"("codeHash");

-- CreateIndex
CREATE INDEX "Invite_coupleId_idx" ON "Invite"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_activeVersionId_key" ON "Agreement"("activeVersionId");

-- CreateIndex
CREATE INDEX "Agreement_coupleId_status_idx" ON "Agreement"("coupleId", "status");

-- CreateIndex
CREATE INDEX "AgreementVersion_coupleId_status_idx" ON "AgreementVersion"("coupleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_agreementId_number_key" ON "AgreementVersion"("agreementId", "number");

-- CreateIndex
CREATE INDEX "Pause_coupleId_startedAt_idx" ON "Pause"("coupleId", "startedAt");

-- CreateIndex
CREATE INDEX "Event_coupleId_createdAt_idx" ON "Event"("coupleId", "createdAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pause" ADD CONSTRAINT "Pause_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma's schema language cannot express (raw SQL, kept out of the schema diff:
-- the engine ignores CHECK constraints and leaves partial indexes alone when it diffs).

-- A couple has two slots at most; with "Membership_coupleId_slot_key" that caps it at two members.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_slot_check" CHECK ("slot" IN (1, 2));

-- At most one version waiting for the partner per agreement.
CREATE UNIQUE INDEX "AgreementVersion_one_pending_key" ON "AgreementVersion"("agreementId") WHERE "status" = 'PENDING';

-- At most one active pause rule per couple.
CREATE UNIQUE INDEX "Agreement_one_active_pause_rule_key" ON "Agreement"("coupleId") WHERE "kind" = 'PAUSE_RULE' AND "status" = 'ACTIVE';

-- At most one open pause per couple.
CREATE UNIQUE INDEX "Pause_one_open_key" ON "Pause"("coupleId") WHERE "endedAt" IS NULL;

-- A pause lasts 1 minute to 24 hours, extensions included.
ALTER TABLE "Pause" ADD CONSTRAINT "Pause_endsAt_check" CHECK ("endsAt" <= "startedAt" + interval '24 hours');
ALTER TABLE "Pause" ADD CONSTRAINT "Pause_minutes_check" CHECK ("minutes" BETWEEN 1 AND 1440);
