-- CreateTable
CREATE TABLE "SsoIdentity" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SsoIdentity_issuer_subject_key" ON "SsoIdentity"("issuer", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "SsoIdentity_userId_issuer_key" ON "SsoIdentity"("userId", "issuer");

-- AddForeignKey
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: an identity is only as good as its issuer and subject; empty ones would match nothing real.
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_issuer_not_blank" CHECK (length("issuer") > 0);
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_subject_not_blank" CHECK (length("subject") > 0);
