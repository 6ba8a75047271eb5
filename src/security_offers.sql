-- (a part of src/security.sql, included by it and by the upgrade)
-- Offers: the admin runs the group's tenders (organisation_id NULL) and may
-- do everything; a member or a reader reads its organisations' offers and
-- the group's, and a member adds offers to the tenders of the organisations
-- it writes, and corrects them.  A member holds no table-level UPDATE or
-- DELETE (either would let it lock the table for every organisation: LOCK
-- TABLE ... IN ACCESS EXCLUSIVE MODE): it inserts and updates every column
-- but the id (src/security_member_columns.sql); the admin deletes offers.
ALTER TABLE @extschema@.offer ENABLE ROW LEVEL SECURITY;
CREATE POLICY offer_admin ON @extschema@.offer TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY offer_member_read ON @extschema@.offer FOR SELECT TO circular_ict_reader
	USING (coalesce(organisation_id, 0) = ANY (0 || @extschema@.member_organisations()));
CREATE POLICY offer_member_insert ON @extschema@.offer FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY offer_member_update ON @extschema@.offer FOR UPDATE TO circular_ict_member
	USING (coalesce(organisation_id, 0) = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
GRANT SELECT ON @extschema@.offer TO circular_ict_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.offer TO circular_ict_admin;
