-- AlterTable
ALTER TABLE "Pause" ADD COLUMN     "startKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Pause_coupleId_startKey_key" ON "Pause"("coupleId", "startKey");
