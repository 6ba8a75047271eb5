-- (a part of src/security.sql, included by it and by the upgrade)
-- Reporting years: the admin sets them; a member or a reader reads its
-- organisations', a member adds and corrects those of the organisations it
-- writes (column privileges, no table-level UPDATE or DELETE, as above).
ALTER TABLE @extschema@.organisation_year ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_year_admin ON @extschema@.organisation_year TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_year_member_read ON @extschema@.organisation_year FOR SELECT TO circular_ict_reader
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY organisation_year_member_insert ON @extschema@.organisation_year FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
GRANT SELECT ON @extschema@.organisation_year TO circular_ict_reader;
-- column privileges: a table-level INSERT would let a member LOCK the table
-- in ROW EXCLUSIVE mode (src/security_member_grants.sql)
GRANT INSERT (organisation_id, year, fiscal_year_end_month, employees, devices_expensed),
	UPDATE (organisation_id, year, fiscal_year_end_month, employees, devices_expensed)
	ON @extschema@.organisation_year TO circular_ict_member;
CREATE POLICY organisation_year_member_update ON @extschema@.organisation_year FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.organisation_year TO circular_ict_admin;
