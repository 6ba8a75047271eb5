-- (a part of src/security.sql, included by it and by the upgrade) what the
-- logins of the member organisations hold on the register and the group's
-- tables.  A reader holds SELECT only; a writer (circular_ict_member, a
-- member of circular_ict_reader) reads as a reader and holds INSERT and
-- UPDATE of every column but the id.  Neither holds a table-level UPDATE,
-- DELETE, TRUNCATE, REFERENCES, TRIGGER (or MAINTAIN on 17+): each of them
-- lets its holder LOCK the table (or a view over it) in a mode that stops
-- every organisation's reads or writes; column privileges do not count
-- for LOCK TABLE.  Deletes go through the SECURITY DEFINER functions of
-- src/member_writes.sql; src/security_check.sql refuses an install in
-- which a member or reader holds one of those privileges.  Neither reads
-- organisation_benchmark: own_benchmark_figures() reads it for them
-- (src/member_reads.sql).
GRANT SELECT ON @extschema@.organisation, @extschema@.organisation_member,
	@extschema@.group_benchmark, @extschema@.benchmark_refresh,
	@extschema@.product_model, @extschema@.asset, @extschema@.asset_import_row, @extschema@.asset_import,
	@extschema@.import_error
	TO circular_ict_reader;
--@include src/security_member_columns.sql
