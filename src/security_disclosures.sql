-- (a part of src/security.sql, included by it and by the upgrade)
-- Reporting years: the admin sets them; a member reads its organisations'
-- and adds those of the organisations it writes (a correction goes through
-- the admin: no UPDATE or DELETE, as above).
ALTER TABLE @extschema@.organisation_year ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_year_admin ON @extschema@.organisation_year TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_year_member_read ON @extschema@.organisation_year FOR SELECT TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY organisation_year_member_insert ON @extschema@.organisation_year FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
GRANT SELECT, INSERT ON @extschema@.organisation_year TO circular_ict_member;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.organisation_year TO circular_ict_admin;
