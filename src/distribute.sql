-- distribute(): the register spread over a Citus cluster (issue 13).
--
-- Run once, by a superuser, on the coordinator of a Citus cluster whose
-- workers are registered (citus_add_node) and on which circular_ict was
-- created after the workers were added (Citus then creates the extension on
-- every worker).  It makes
--  - the tables of an organisation's rows that every row of has an
--    organisation (asset, import_error, organisation_benchmark,
--    organisation_year) distributed tables, hashed on organisation_id and
--    co-located: a report's scan and partial aggregates run on the workers,
--    one organisation's rows sit on one shard;
--  - every other table of the extension a Citus reference table (a copy on
--    every node): the reference data, the organisations and their members,
--    the group's settings and published benchmarks, and the two tables
--    whose organisation_id may be NULL (product_model: the shared
--    catalogue; offer: the group's tenders), which a table hashed on
--    organisation_id cannot hold;
--  - work_lock (locks only) and asset_import_row (the staging area) stay
--    plain tables of the coordinator, outside Citus.  Only the coordinator
--    stages and imports, and an import's removal of the staged rows
--    (clear_staging(), SECURITY DEFINER) then writes no placement: Citus
--    refuses a second user on placements a member wrote in the same
--    transaction, and a member's import writes its models (a reference
--    table).  Its foreign key to organisation (a local table cannot
--    reference a reference table without being converted, which the view
--    asset_import over it does not allow) becomes a trigger on
--    organisation that removes a deleted organisation's staged rows; the
--    staging trigger already refuses an organisation that does not exist;
--  - the reports and their shared layer (the set-returning SQL functions
--    that read a table) PL/pgSQL functions running the same queries with
--    the functions they call inlined, which Citus can plan
--    (src/distribute_reports.sql).  ALTER EXTENSION UPDATE brings back the
--    SQL functions: call distribute() again after it.
-- What it changes besides: members get INSERT on organisation (which
-- row-level security refuses them; Citus asks for it, see below), the
-- extension's SECURITY DEFINER functions that write take the locks of
-- reference tables on the coordinator only (see below); the member's WITH CHECK policies of the converted
-- tables read writable_organisations() per row instead of once per statement
-- (Citus refuses a policy with a subquery), and the triggers of the
-- converted tables are allowed (citus.enable_unsafe_triggers, for this
-- call: they read reference tables only, which every node holds).
-- Calling it again converts what is not converted yet and reports the rest
-- as it is.
CREATE FUNCTION @extschema@.distribute(shard_count integer DEFAULT NULL)
RETURNS TABLE (table_name regclass, distribution text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	reference_tables constant text[] := ARRAY[
		'element', 'raw_material', 'country', 'country_alias', 'grid_intensity',
		'device_category_figure', 'device_category', 'category_element', 'category_alias',
		'recovery_rate', 'device_category_vintage', 'criterion', 'import_column_alias',
		'status_alias', 'organisation', 'organisation_member', 'buyer_group_setting',
		'benchmark_refresh', 'group_benchmark', 'product_model', 'offer', 'part_replacement'];
	distributed_tables constant text[] := ARRAY[
		'asset', 'import_error', 'organisation_benchmark', 'organisation_year'];
	coordinator_tables constant text[] := ARRAY['work_lock', 'asset_import_row'];
	t text;
	rel regclass;
	pol record;
	method "char";
	first_distributed regclass;
	uncovered text;
	foreign_keys text[];
	fk text;
	failed text;
	id_column text;
	definitions text[];
	statement text;
BEGIN
	IF shard_count IS NOT NULL AND shard_count NOT BETWEEN 1 AND 64000 THEN
		RAISE EXCEPTION 'shard_count must be between 1 and 64000, not %', shard_count
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'circular_ict.distribute() needs the Citus extension'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Install Citus, add citus to shared_preload_libraries, CREATE EXTENSION citus on the coordinator, register the workers, then call distribute().';
	END IF;
	-- every table of the extension is covered by one of the lists (a new
	-- table must be given its distribution here)
	SELECT string_agg(c.relname, ', ' ORDER BY c.relname) INTO uncovered
	FROM pg_catalog.pg_class c
	WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind = 'r'
	  AND c.relname <> ALL (coordinator_tables)
	  AND c.relname <> ALL (reference_tables) AND c.relname <> ALL (distributed_tables);
	IF uncovered IS NOT NULL THEN
		RAISE EXCEPTION 'circular_ict.distribute(): no distribution decided for %', uncovered
			USING ERRCODE = 'internal_error';
	END IF;
	-- one connection per worker for the whole call (the conversions of one
	-- transaction see each other's shards), triggers allowed (see above)
	PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
	PERFORM pg_catalog.set_config('client_min_messages', 'warning', true);
	-- the rows moved to the shards are the tables' own, checked when they
	-- were written: the triggers do not run again on the coordinator
	PERFORM pg_catalog.set_config('session_replication_role', 'replica', true);
	IF shard_count IS NOT NULL THEN
		PERFORM pg_catalog.set_config('citus.shard_count', shard_count::text, true);
	END IF;

	-- the foreign keys between the extension's tables not converted yet are
	-- dropped while the tables are converted and added again at the end:
	-- Citus would otherwise convert a local table that references a new
	-- reference table (and its graph) by recreating it, which the views of
	-- the extension that depend on it do not allow
	SELECT pg_catalog.array_agg(pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s',
				c.conrelid::regclass, c.conname, pg_catalog.pg_get_constraintdef(c.oid)) ORDER BY c.oid)
	INTO foreign_keys
	FROM pg_catalog.pg_constraint c
		JOIN pg_catalog.pg_class r ON r.oid = c.conrelid
	WHERE c.contype = 'f' AND r.relnamespace = '@extschema@'::regnamespace
	  AND r.relname <> ALL (coordinator_tables)
	  AND NOT (c.conrelid IN (SELECT p.logicalrelid FROM pg_dist_partition p)
			   AND c.confrelid IN (SELECT p.logicalrelid FROM pg_dist_partition p));
	-- (a coordinator table's key is dropped and not added again: a trigger
	-- does its work, below)
	-- (on the workers too: Citus created the extension there, with the same
	-- tables and keys, which become the shells of the converted tables;
	-- the keys are added again through the coordinator, to the shells and
	-- the shards)
	FOR fk IN
		SELECT pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I', c.conrelid::regclass, c.conname)
		FROM pg_catalog.pg_constraint c
			JOIN pg_catalog.pg_class r ON r.oid = c.conrelid
		WHERE c.contype = 'f' AND r.relnamespace = '@extschema@'::regnamespace
		  AND NOT (c.conrelid IN (SELECT p.logicalrelid FROM pg_dist_partition p)
				   AND c.confrelid IN (SELECT p.logicalrelid FROM pg_dist_partition p))
	LOOP
		EXECUTE fk;
		FOR failed IN EXECUTE 'SELECT nodename || '':'' || nodeport || '': '' || result
							   FROM run_command_on_workers($1) WHERE NOT success' USING fk
		LOOP
			RAISE EXCEPTION 'circular_ict.distribute(): % failed on a worker', fk
				USING ERRCODE = 'external_routine_exception', DETAIL = failed;
		END LOOP;
	END LOOP;

	-- the staged rows of a deleted organisation go with it (the foreign
	-- key's ON DELETE CASCADE); created before organisation is converted,
	-- so that its placements get it: on the coordinator's it removes the
	-- rows, on a worker's it finds the worker's empty table
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g
				   WHERE g.tgrelid = '@extschema@.organisation'::regclass
					 AND g.tgname = 'organisation_staged_rows') THEN
		CREATE TRIGGER organisation_staged_rows AFTER DELETE ON @extschema@.organisation
			FOR EACH ROW EXECUTE FUNCTION @extschema@.organisation_staged_rows();
	END IF;

	FOREACH t IN ARRAY reference_tables || distributed_tables LOOP
		rel := pg_catalog.format('@extschema@.%I', t)::regclass;
		EXECUTE 'SELECT partmethod FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1'
			INTO method USING rel;
		IF method IS NOT NULL THEN
			table_name := rel;
			distribution := CASE method WHEN 'n' THEN 'reference (already)'
								WHEN 'h' THEN 'distributed by organisation_id (already)'
								ELSE pg_catalog.format('Citus method %s (already)', method) END;
			IF t = ANY (distributed_tables) AND first_distributed IS NULL AND method = 'h' THEN
				first_distributed := rel;
			END IF;
			RETURN NEXT;
			CONTINUE;
		END IF;
		-- a policy with a subquery (the members' WITH CHECK) is refused by
		-- Citus: the same check, the function called per row
		FOR pol IN
			SELECT p.polname FROM pg_catalog.pg_policy p
			WHERE p.polrelid = rel
			  AND pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%SELECT%writable_organisations()%'
		LOOP
			EXECUTE pg_catalog.format('ALTER POLICY %I ON %s WITH CHECK (organisation_id = ANY (@extschema@.writable_organisations()))',
									  pol.polname, rel);
		END LOOP;
		-- a member may not name the id column (src/security_member_columns.sql),
		-- but Citus fills the id on the coordinator and sends it to the
		-- shard: the shards get the column's INSERT privilege (granted
		-- while the shards are made, revoked from the coordinator's table)
		id_column := CASE t WHEN 'asset_import_row' THEN 'row_id'
							WHEN 'product_model' THEN 'id' WHEN 'asset' THEN 'id'
							WHEN 'import_error' THEN 'id' WHEN 'offer' THEN 'id' END;
		IF id_column IS NOT NULL THEN
			EXECUTE pg_catalog.format('GRANT INSERT (%I) ON %s TO circular_ict_member', id_column, rel);
		END IF;
		IF t = ANY (reference_tables) THEN
			EXECUTE 'SELECT create_reference_table($1)' USING rel;
			distribution := 'reference';
		ELSE
			IF first_distributed IS NULL THEN
				EXECUTE 'SELECT create_distributed_table($1, ''organisation_id'')' USING rel;
				first_distributed := rel;
			ELSE
				EXECUTE 'SELECT create_distributed_table($1, ''organisation_id'', colocate_with => $2::text)'
					USING rel, first_distributed;
			END IF;
			distribution := 'distributed by organisation_id';
		END IF;
		IF id_column IS NOT NULL THEN
			PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
			EXECUTE pg_catalog.format('REVOKE INSERT (%I) ON %s FROM circular_ict_member', id_column, rel);
			PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'on', true);
		END IF;
		-- the coordinator's own copy of the rows, hidden now, is removed
		EXECUTE 'SELECT truncate_local_data_after_distributing_table($1)' USING rel;
		table_name := rel;
		RETURN NEXT;
	END LOOP;
	FOREACH fk IN ARRAY coalesce(foreign_keys, '{}') LOOP
		EXECUTE fk;
	END LOOP;
	-- a member's write to a reference table that references organisation
	-- (its staged rows, its models) makes Citus lock organisation's shard
	-- on the first worker, which Citus allows only to a role that may
	-- modify organisation: members get INSERT on it, which row-level
	-- security still refuses them (no policy lets a member add one)
	GRANT INSERT ON @extschema@.organisation TO circular_ict_member;
	-- those locks are taken through a connection of the user writing: a
	-- SECURITY DEFINER function (clear_staging() in a member's import)
	-- writing a reference table after the member wrote one would wait on
	-- its own transaction's other connection, a distributed deadlock.  In
	-- them the locks stay on the coordinator, which serialises every
	-- write that comes through it (members reach the coordinator only)
	PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
	FOR statement IN
		SELECT pg_catalog.format('ALTER FUNCTION %s SET citus.allow_modifications_from_workers_to_replicated_tables = off',
								 p.oid::regprocedure)
		FROM pg_catalog.pg_proc p
		WHERE p.pronamespace = '@extschema@'::regnamespace AND p.prosecdef AND p.provolatile = 'v'
	LOOP
		EXECUTE statement;
	END LOOP;
	PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'on', true);
	-- the reports as PL/pgSQL: every definition is made from the SQL
	-- functions before the first is replaced (the coordinator only runs
	-- them; the workers keep theirs)
	SELECT pg_catalog.array_agg(@extschema@.inlined_definition(f) ORDER BY f::oid)
	INTO definitions
	FROM @extschema@.table_reading_sql_functions() f;
	PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
	FOREACH statement IN ARRAY coalesce(definitions, '{}') LOOP
		EXECUTE statement;
	END LOOP;
	PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'on', true);
END
$function$;
COMMENT ON FUNCTION @extschema@.distribute(integer) IS 'on a Citus coordinator: distribute the register (asset, import_error, organisation_benchmark, organisation_year hashed on organisation_id, co-located; the other tables reference tables); shard_count NULL: citus.shard_count; one row per table and what it became; see doc/citus.md';
REVOKE ALL ON FUNCTION @extschema@.distribute(integer) FROM PUBLIC;

-- on a cluster, the foreign key of asset_import_row to organisation (see
-- above): a deleted organisation's staged rows are removed
CREATE FUNCTION @extschema@.organisation_staged_rows() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
	DELETE FROM @extschema@.asset_import_row r WHERE r.organisation_id = OLD.id;
	RETURN NULL;
END
$function$;
COMMENT ON FUNCTION @extschema@.organisation_staged_rows() IS 'trigger that distribute() puts on organisation in place of the foreign key of asset_import_row (a table of the coordinator on a Citus cluster): removes the staged rows of a deleted organisation';
REVOKE ALL ON FUNCTION @extschema@.organisation_staged_rows() FROM PUBLIC;
