-- AlterEnum
ALTER TYPE "PauseEndReason" ADD VALUE 'UNDONE';
