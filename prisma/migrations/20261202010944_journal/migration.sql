-- The private journal (lib/journal, docs/decisions/004-private-journal.md): every field a person writes
-- is stored encrypted (AES-256-GCM) under their own data key, itself wrapped by the server key.

-- CreateTable
CREATE TABLE "UserKey" (
    "userId" TEXT NOT NULL,
    "wrappedKey" BYTEA NOT NULL,
    "iv" BYTEA NOT NULL,
    "tag" BYTEA NOT NULL,
    "kekVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserKey_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "JournalEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "draft" BOOLEAN NOT NULL DEFAULT true,
    "ciphertext" BYTEA NOT NULL,
    "iv" BYTEA NOT NULL,
    "tag" BYTEA NOT NULL,
    "keyVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Steadiers" (
    "userId" TEXT NOT NULL,
    "ciphertext" BYTEA NOT NULL,
    "iv" BYTEA NOT NULL,
    "tag" BYTEA NOT NULL,
    "keyVersion" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Steadiers_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "JournalEntry_userId_createdAt_idx" ON "JournalEntry"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "UserKey" ADD CONSTRAINT "UserKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Steadiers" ADD CONSTRAINT "Steadiers_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AES-GCM parts have fixed sizes; anything else is not something lib/journal/crypto.ts wrote.
ALTER TABLE "UserKey" ADD CONSTRAINT "UserKey_gcm_parts" CHECK (octet_length("wrappedKey") = 32 AND octet_length("iv") = 12 AND octet_length("tag") = 16);
ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_gcm_parts" CHECK (octet_length("iv") = 12 AND octet_length("tag") = 16 AND octet_length("ciphertext") <= 65536);
ALTER TABLE "Steadiers" ADD CONSTRAINT "Steadiers_gcm_parts" CHECK (octet_length("iv") = 12 AND octet_length("tag") = 16 AND octet_length("ciphertext") <= 65536);
