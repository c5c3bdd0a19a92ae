-- Timeline event names follow one convention (docs/ARCHITECTURE.md): `<domain>.<verb in past tense>`,
-- the domain being the operation's (`agreements.propose` → `agreements.proposed`). Data only.
UPDATE "Event" SET "type" = CASE "type"
  WHEN 'agreement.proposed' THEN 'agreements.proposed'
  WHEN 'agreement.change_proposed' THEN 'agreements.changeProposed'
  WHEN 'agreement.retire_proposed' THEN 'agreements.retireProposed'
  WHEN 'agreement.countered' THEN 'agreements.countered'
  WHEN 'agreement.accepted' THEN 'agreements.accepted'
  WHEN 'agreement.retired' THEN 'agreements.retired'
  WHEN 'agreement.declined' THEN 'agreements.declined'
  WHEN 'agreement.withdrawn' THEN 'agreements.withdrawn'
  WHEN 'couple.joined' THEN 'couples.joined'
  WHEN 'couple.ended' THEN 'couples.ended'
  WHEN 'pause.ended_early' THEN 'pause.ended'
  WHEN 'pause.partner_ready' THEN 'pause.markedReady'
  ELSE "type"
END
WHERE "type" IN ('agreement.proposed', 'agreement.change_proposed', 'agreement.retire_proposed', 'agreement.countered',
  'agreement.accepted', 'agreement.retired', 'agreement.declined', 'agreement.withdrawn', 'couple.joined', 'couple.ended',
  'pause.ended_early', 'pause.partner_ready');
