-- CreateEnum
CREATE TYPE "ReviewMode" AS ENUM ('TOGETHER', 'ALONE');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('KEEP', 'REVISE', 'RETIRE');

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "mode" "ReviewMode" NOT NULL,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "weekFrom" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "finishedAt" TIMESTAMP(3),
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "summary" JSONB,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "versionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "outcome" "ReviewOutcome",
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "proposalVersionId" TEXT,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRating" (
    "id" TEXT NOT NULL,
    "reviewItemId" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "ratedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Review_coupleId_startedAt_idx" ON "Review"("coupleId", "startedAt");

-- CreateIndex
CREATE INDEX "ReviewItem_coupleId_agreementId_idx" ON "ReviewItem"("coupleId", "agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_reviewId_position_key" ON "ReviewItem"("reviewId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_reviewId_agreementId_key" ON "ReviewItem"("reviewId", "agreementId");

-- CreateIndex
CREATE INDEX "ReviewRating_coupleId_idx" ON "ReviewRating"("coupleId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRating_reviewItemId_userId_key" ON "ReviewRating"("reviewItemId", "userId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRating" ADD CONSTRAINT "ReviewRating_reviewItemId_fkey" FOREIGN KEY ("reviewItemId") REFERENCES "ReviewItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants the database keeps itself (raw SQL: the engine ignores CHECK constraints and leaves
-- partial indexes alone when it diffs).

-- At most one open review per couple: two "Start our review" taps at once make one review.
CREATE UNIQUE INDEX "Review_one_open_key" ON "Review"("coupleId") WHERE "finishedAt" IS NULL;

-- The step is the week at a glance (0), an item's position, or the wrap-up after the last one.
ALTER TABLE "Review" ADD CONSTRAINT "Review_step_check" CHECK ("step" >= 0);
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_position_check" CHECK ("position" >= 1);

-- "How did this go for me this week": 1 to 5, and a line of at most 200 characters.
ALTER TABLE "ReviewRating" ADD CONSTRAINT "ReviewRating_rating_check" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "ReviewRating" ADD CONSTRAINT "ReviewRating_note_check" CHECK (char_length("note") <= 200);
