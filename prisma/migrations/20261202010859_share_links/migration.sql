-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "proposedById" TEXT,
    "therapistName" TEXT,
    "days" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "lastOpenedAt" TIMESTAMP(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_coupleId_idx" ON "ShareLink"("coupleId");

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants the engine does not model (it ignores CHECK constraints when it diffs):
-- a link lasts 1–30 days, expires only once approved, and an approval names when it happened.
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_days_check" CHECK ("days" BETWEEN 1 AND 30);
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_approval_check" CHECK (("approvedAt" IS NULL) = ("expiresAt" IS NULL));
