-- who may read and write what: every row-level security policy and every
-- privilege on the tables of the register and the buyer group, in one
-- piece (the policies need the roles and membership functions of
-- buyer_group.sql).  The other pieces grant only what is public: SELECT on
-- reference data and on the report views, beside the object itself.
--
-- The rule this file keeps: a member reads and writes an organisation's
-- rows only through row-level security (member_organisations(),
-- writable_organisations()); PUBLIC gets nothing on the register; every
-- relation of the extension has a privilege decision.  src/security_check.sql,
-- run at the end of the install and of every upgrade, refuses an extension
-- in which a relation has none, or a table holding organisations' rows has
-- no row-level security.

-- row-level security ----------------------------------------------------------
--
-- Every table holding an organisation's rows.  The admin's policy lets it
-- do everything; a member reads the rows of member_organisations() and
-- writes those of writable_organisations().  In USING, organisation_id =
-- ANY (f()) is an index condition (f() evaluated once per index scan), and
-- the planner, which evaluates the STABLE f() to estimate it, knows how
-- many rows the member's organisations have; in WITH CHECK, (SELECT f())
-- is evaluated once per statement, not once per row written.  A role in
-- neither role sees no row at all.
--
-- What a member's own conditions may touch (issue 18): PostgreSQL runs a
-- member's leakproof conditions before the policy, on hidden rows too, and
-- the statistics counters and EXPLAIN ANALYZE count what they found.  So:
-- each read policy is one "key = ANY (array)", and every index of a table
-- members read, but a primary key on the id, leads with that key (the
-- shared rows of product_model and offer, organisation_id NULL, are keyed
-- 0): whichever index a member's plan uses, the policy is an index
-- condition beside the member's, and the index yields visible rows only.
-- A primary key on the id yields at most the row of that id, which a
-- member's other conditions cannot tell apart from a hidden one (the ids
-- of the shared sequences are no secret).  Where the policy is a filter,
-- f() reads organisation_member without counting (src/membership.c).
-- sql/security.sql checks the indexes against the policies.

ALTER TABLE @extschema@.organisation ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_admin ON @extschema@.organisation TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_member_read ON @extschema@.organisation FOR SELECT TO circular_ict_reader
	USING (id = ANY (@extschema@.member_organisations()));

ALTER TABLE @extschema@.organisation_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_member_admin ON @extschema@.organisation_member TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY organisation_member_own ON @extschema@.organisation_member FOR SELECT TO circular_ict_reader
	USING (role = CURRENT_USER);

-- product models: a member reads its own and the shared catalogue
-- (organisation_id NULL, written by the admin only)
ALTER TABLE @extschema@.product_model ENABLE ROW LEVEL SECURITY;
CREATE POLICY product_model_admin ON @extschema@.product_model TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY product_model_member_read ON @extschema@.product_model FOR SELECT TO circular_ict_reader
	USING (coalesce(organisation_id, 0) = ANY (0 || @extschema@.member_organisations()));
CREATE POLICY product_model_member_insert ON @extschema@.product_model FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY product_model_member_update ON @extschema@.product_model FOR UPDATE TO circular_ict_member
	USING (coalesce(organisation_id, 0) = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));

-- assets (a model another organisation registered does not count for an
-- asset even when its model_id names it: asset_facts joins only shared
-- models and the asset's own organisation's)
ALTER TABLE @extschema@.asset ENABLE ROW LEVEL SECURITY;
CREATE POLICY asset_admin ON @extschema@.asset TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY asset_member_read ON @extschema@.asset FOR SELECT TO circular_ict_reader
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY asset_member_insert ON @extschema@.asset FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY asset_member_update ON @extschema@.asset FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));

-- staged rows (the view asset_import stages into this table)
ALTER TABLE @extschema@.asset_import_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY asset_import_row_admin ON @extschema@.asset_import_row TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY asset_import_row_member_read ON @extschema@.asset_import_row FOR SELECT TO circular_ict_reader
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY asset_import_row_member_insert ON @extschema@.asset_import_row FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY asset_import_row_member_update ON @extschema@.asset_import_row FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));

ALTER TABLE @extschema@.import_error ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_error_admin ON @extschema@.import_error TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY import_error_member_read ON @extschema@.import_error FOR SELECT TO circular_ict_reader
	USING (organisation_id = ANY (@extschema@.member_organisations()));
CREATE POLICY import_error_member_insert ON @extschema@.import_error FOR INSERT TO circular_ict_member
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));
CREATE POLICY import_error_member_update ON @extschema@.import_error FOR UPDATE TO circular_ict_member
	USING (organisation_id = ANY (@extschema@.writable_organisations()))
	WITH CHECK (organisation_id = ANY ((SELECT @extschema@.writable_organisations())::integer[]));

-- the organisations' own figures: the admin's; a member reads its own
-- through own_benchmark_figures() (src/member_reads.sql), never the table
ALTER TABLE @extschema@.organisation_benchmark ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_benchmark_admin ON @extschema@.organisation_benchmark TO circular_ict_admin
	USING (true) WITH CHECK (true);

-- the snapshots and the group's published statistics: every member and the
-- admin read them (a role granted SELECT on them otherwise sees no row)
ALTER TABLE @extschema@.benchmark_refresh ENABLE ROW LEVEL SECURITY;
CREATE POLICY benchmark_refresh_admin ON @extschema@.benchmark_refresh TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY benchmark_refresh_member_read ON @extschema@.benchmark_refresh FOR SELECT TO circular_ict_reader
	USING (true);
ALTER TABLE @extschema@.group_benchmark ENABLE ROW LEVEL SECURITY;
CREATE POLICY group_benchmark_admin ON @extschema@.group_benchmark TO circular_ict_admin
	USING (true) WITH CHECK (true);
CREATE POLICY group_benchmark_member_read ON @extschema@.group_benchmark FOR SELECT TO circular_ict_reader
	USING (true);

-- privileges ------------------------------------------------------------------
--
-- A member reads and writes through row-level security; the admin manages
-- the organisations, their members, the reference data and the group's
-- settings.  Reference tables stay readable by every role.

GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.organisation, @extschema@.organisation_member,
	@extschema@.product_model, @extschema@.asset, @extschema@.asset_import_row, @extschema@.asset_import,
	@extschema@.import_error, @extschema@.buyer_group_setting, @extschema@.benchmark_refresh,
	@extschema@.organisation_benchmark, @extschema@.group_benchmark
	TO circular_ict_admin;
--@include src/security_member_grants.sql
--@include src/security_offers.sql
--@include src/security_disclosures.sql
--@include src/security_statistics.sql
-- the admin writes every reference table: the tables with shipped rows
-- (a new one is covered without an edit here)
DO $do$
DECLARE
	t regclass;
BEGIN
	FOR t IN SELECT a.attrelid::regclass FROM pg_catalog.pg_attribute a
			 JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
			 WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind = 'r'
			   AND a.attname = 'shipped' AND NOT a.attisdropped
			 ORDER BY 1::text
	LOOP
		EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO circular_ict_admin', t);
	END LOOP;
END
$do$;
GRANT SELECT ON @extschema@.buyer_group_setting, @extschema@.my_benchmark TO PUBLIC;

-- PUBLIC gets no privilege on the register's tables: the report views are
-- granted to PUBLIC, and a role in neither role that reads one is refused
-- on the table behind it.  Granting SELECT to PUBLIC and letting row-level
-- security return no row would not do: for a role no policy applies to,
-- PostgreSQL may run the role's own leakproof conditions (=, <, >= on an
-- index) before the policy's false, and EXPLAIN ANALYZE's "Rows Removed by
-- Filter" would count another organisation's matching rows.
