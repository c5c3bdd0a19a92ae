-- CreateEnum
CREATE TYPE "RhythmAnswerKind" AS ENUM ('STILL_FITS', 'PROPOSE_CHANGE');

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "occurrenceKey" TEXT NOT NULL,
    "happenedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInNote" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "feeling" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RhythmAnswer" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "occurrenceKey" TEXT NOT NULL,
    "answer" "RhythmAnswerKind" NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RhythmAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckIn_coupleId_happenedAt_idx" ON "CheckIn"("coupleId", "happenedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_agreementId_occurrenceKey_key" ON "CheckIn"("agreementId", "occurrenceKey");

-- CreateIndex
CREATE INDEX "CheckInNote_coupleId_idx" ON "CheckInNote"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInNote_checkInId_userId_key" ON "CheckInNote"("checkInId", "userId");

-- CreateIndex
CREATE INDEX "RhythmAnswer_userId_agreementId_answeredAt_idx" ON "RhythmAnswer"("userId", "agreementId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "RhythmAnswer_agreementId_userId_occurrenceKey_key" ON "RhythmAnswer"("agreementId", "userId", "occurrenceKey");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_userId_idx" ON "CalendarFeed"("userId");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInNote" ADD CONSTRAINT "CheckInNote_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhythmAnswer" ADD CONSTRAINT "RhythmAnswer_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma's schema language cannot express (raw SQL, kept out of the schema diff).

-- How a check-in felt for one of us: 1 to 5, and a note of at most 400 characters.
ALTER TABLE "CheckInNote" ADD CONSTRAINT "CheckInNote_feeling_check" CHECK ("feeling" BETWEEN 1 AND 5);
ALTER TABLE "CheckInNote" ADD CONSTRAINT "CheckInNote_note_check" CHECK (char_length("note") <= 400);

-- An occurrence key is a planned local date (lib/checkins/rhythm.ts), nothing else.
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_occurrenceKey_check" CHECK ("occurrenceKey" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
ALTER TABLE "RhythmAnswer" ADD CONSTRAINT "RhythmAnswer_occurrenceKey_check" CHECK ("occurrenceKey" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

-- At most one live calendar feed per person: making a new link retires the old one.
CREATE UNIQUE INDEX "CalendarFeed_one_live_key" ON "CalendarFeed"("userId") WHERE "revokedAt" IS NULL;
