-- (a part of src/security.sql, included by it and by the upgrade)
-- Offers: the admin runs the group's tenders (organisation_id NULL) and may
-- do everything; a member reads its organisations' offers and the group's,
-- and adds offers to the tenders of the organisations it writes.  A member
-- holds no UPDATE or DELETE (either would let it lock the table for every
-- organisation: LOCK TABLE ... IN ACCESS EXCLUSIVE MODE); it inserts every
-- column but the id (src/security_member_columns.sql; no policy lets it update a row).
ALTER TABLE @extschema@.offer ENABLE ROW LEVEL SECURITY;
CREATE POLICY offer_admin ON @extschema@.offer TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY offer_member_read ON @extschema@.offer FOR SELECT TO circular_ict_member
	USING (organisation_id IS NULL OR organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY offer_member_insert ON @extschema@.offer FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
GRANT SELECT ON @extschema@.offer TO circular_ict_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.offer TO circular_ict_admin;
