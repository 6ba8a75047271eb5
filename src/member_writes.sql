-- what a member deletes, and the locks of the long operations, without a
-- privilege that lets a member stop another's work (issue 18, items 2-3).
--
-- LOCK TABLE … IN SHARE MODE and every stronger mode asks for table-level
-- UPDATE, DELETE or TRUNCATE (or MAINTAIN, PostgreSQL 17+) on the relation,
-- or on a view over it; a member holding one could lock every
-- organisation's work out.  So members hold none (src/security.sql):
-- SELECT (readers and writers), INSERT and UPDATE of the columns but the
-- id (writers; column privileges do not count for LOCK TABLE, and row-level
-- security confines the rows they lock to their own organisations').  What
-- a member deletes it deletes through the SECURITY DEFINER functions here.
-- They run as the extension's owner, a superuser (the extension is not
-- trusted), so row-level security does not apply to them: each checks
-- itself whom it acts for and names the rows of the organisations that
-- role may write.  search_path is pinned, every object schema-qualified.
--
-- Imports and refresh_benchmarks() serialise on row locks of work_lock, a
-- table no member, reader or admin holds any privilege on: no one but these
-- functions can take or see the rows (an advisory lock's key was in
-- pg_locks, with the organisation's id, and any role could take it).

-- whom a definer function acts for: the role that called it.  Inside a
-- SECURITY DEFINER function current_user is the owner; the caller is the
-- role set with SET ROLE, else the session's user (SET SESSION
-- AUTHORIZATION included).  A definer function of another owner that
-- calls these acts for its session, not for its owner.
CREATE FUNCTION @extschema@.caller_scope(OUT caller name, OUT is_admin boolean,
		OUT readable integer[], OUT writable integer[])
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $function$
SELECT c.caller,
	pg_catalog.pg_has_role(c.caller, 'circular_ict_admin', 'USAGE'),
	coalesce((SELECT pg_catalog.array_agg(m.organisation_id ORDER BY m.organisation_id)
			  FROM @extschema@.organisation_member m WHERE m.role = c.caller), '{}'),
	coalesce((SELECT pg_catalog.array_agg(m.organisation_id ORDER BY m.organisation_id)
			  FROM @extschema@.organisation_member m WHERE m.role = c.caller AND m.can_write), '{}')
FROM (SELECT CASE WHEN pg_catalog.current_setting('role') = 'none' THEN SESSION_USER
			 ELSE pg_catalog.current_setting('role')::name END AS caller) c
$function$;
COMMENT ON FUNCTION @extschema@.caller_scope() IS 'for the SECURITY DEFINER functions: the role that called them (SET ROLE, else the session''s user), whether it is in circular_ict_admin (superusers are), and the organisations it reads and writes; not executable by members';

-- the organisation a member names, as it may see it: unknown and unreadable
-- organisations alike do not exist; one it reads but may not write is
-- refused (42501); the admin names any
CREATE FUNCTION @extschema@.caller_organisation(organisation text, what text,
		OUT org_id integer, OUT org_name text, OUT is_admin boolean)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	scope record := @extschema@.caller_scope();
BEGIN
	IF organisation IS NULL THEN
		RAISE EXCEPTION 'organisation must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	is_admin := scope.is_admin;
	SELECT o.id, o.name INTO org_id, org_name
	FROM @extschema@.organisation o
	WHERE o.name = caller_organisation.organisation AND (scope.is_admin OR o.id = ANY (scope.readable));
	IF org_id IS NULL THEN
		RAISE EXCEPTION 'organisation "%" does not exist', organisation
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT scope.is_admin AND NOT (org_id = ANY (scope.writable)) THEN
		RAISE EXCEPTION 'permission denied to % of organisation "%"', what, org_name
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s may read organisation "%s" but not write to it.', scope.caller, org_name),
				  HINT = 'The admin gives write access with can_write in circular_ict.organisation_member.';
	END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.caller_organisation(text, text) IS 'for the SECURITY DEFINER functions: the id of an organisation the caller may write (the admin: any); an organisation it cannot read does not exist for it; not executable by members';

-- assets ----------------------------------------------------------------------

CREATE FUNCTION @extschema@.delete_assets(asset_ids bigint[]) RETURNS bigint
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	scope record := @extschema@.caller_scope();
	refused bigint;
	n bigint;
BEGIN
	-- NULL: array_agg over no row, nothing to delete
	IF asset_ids IS NULL THEN
		RETURN 0;
	END IF;
	IF array_position(asset_ids, NULL) IS NOT NULL THEN
		RAISE EXCEPTION 'asset_ids must not hold NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- every id first: all or nothing
	SELECT min(i.id) INTO refused
	FROM unnest(asset_ids) i (id)
	WHERE NOT EXISTS (SELECT FROM @extschema@.asset a
					  WHERE a.id = i.id AND (scope.is_admin OR a.organisation_id = ANY (scope.writable)));
	IF refused IS NOT NULL THEN
		RAISE EXCEPTION 'permission denied to delete asset %', refused
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s deletes only assets of the organisations it may write to (an id that does not exist is refused alike); nothing was deleted.', scope.caller),
				  HINT = 'Name your assets by a query: SELECT circular_ict.delete_assets(array_agg(id)) FROM circular_ict.asset WHERE ….';
	END IF;
	DELETE FROM @extschema@.asset a
	WHERE a.id = ANY (asset_ids) AND (scope.is_admin OR a.organisation_id = ANY (scope.writable));
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$function$;
COMMENT ON FUNCTION @extschema@.delete_assets(bigint[]) IS 'deletes the assets of these ids, all of them or none: each must belong to an organisation the caller may write (the admin: any), else 42501; returns the number deleted (0 for NULL, which array_agg gives over no row)';

-- product models --------------------------------------------------------------

CREATE FUNCTION @extschema@.delete_product_models(model_ids bigint[]) RETURNS bigint
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	scope record := @extschema@.caller_scope();
	refused bigint;
	n bigint;
BEGIN
	-- NULL: array_agg over no row, nothing to delete
	IF model_ids IS NULL THEN
		RETURN 0;
	END IF;
	IF array_position(model_ids, NULL) IS NOT NULL THEN
		RAISE EXCEPTION 'model_ids must not hold NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT min(i.id) INTO refused
	FROM unnest(model_ids) i (id)
	WHERE NOT EXISTS (SELECT FROM @extschema@.product_model m
					  WHERE m.id = i.id AND (scope.is_admin OR m.organisation_id = ANY (scope.writable)));
	IF refused IS NOT NULL THEN
		RAISE EXCEPTION 'permission denied to delete product model %', refused
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s deletes only the models of the organisations it may write to, not the shared catalogue (an id that does not exist is refused alike); nothing was deleted.', scope.caller),
				  HINT = 'Name your models by a query: SELECT circular_ict.delete_product_models(array_agg(id)) FROM circular_ict.product_model WHERE organisation_id IS NOT NULL AND ….';
	END IF;
	-- a model its organisation's assets still name: the foreign key refuses
	DELETE FROM @extschema@.product_model m
	WHERE m.id = ANY (model_ids) AND (scope.is_admin OR m.organisation_id = ANY (scope.writable));
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$function$;
COMMENT ON FUNCTION @extschema@.delete_product_models(bigint[]) IS 'deletes the product models of these ids, all of them or none: each must be a model of an organisation the caller may write (the admin: any, the shared catalogue too), else 42501; a model assets still name is refused by the foreign key; returns the number deleted (0 for NULL)';

-- the staging area and the import errors --------------------------------------

CREATE FUNCTION @extschema@.clear_staging(organisation text, row_ids bigint[] DEFAULT NULL) RETURNS bigint
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	target record := @extschema@.caller_organisation(organisation, 'clear the staged rows');
	n bigint;
BEGIN
	-- the rows import_assets(organisation) takes: the organisation's, and,
	-- for the admin, those staged for no organisation or for its name
	DELETE FROM @extschema@.asset_import_row r
	WHERE (r.organisation_id = target.org_id
		   OR (target.is_admin AND r.organisation_id IS NULL
			   AND (r.organisation IS NULL OR r.organisation = target.org_name)))
	  AND (row_ids IS NULL OR r.row_id = ANY (row_ids));
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$function$;
COMMENT ON FUNCTION @extschema@.clear_staging(text, bigint[]) IS 'removes the rows staged in asset_import that import_assets(organisation) would take (those of row_ids only, when given): the organisation''s, and for the admin those staged for no organisation; the caller must be able to write the organisation; returns the number removed';

CREATE FUNCTION @extschema@.clear_import_errors(organisation text, before timestamptz DEFAULT NULL) RETURNS bigint
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	target record := @extschema@.caller_organisation(organisation, 'clear the import errors');
	n bigint;
BEGIN
	DELETE FROM @extschema@.import_error e
	WHERE e.organisation_id = target.org_id AND (before IS NULL OR e.imported_at < before);
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$function$;
COMMENT ON FUNCTION @extschema@.clear_import_errors(text, timestamptz) IS 'deletes the organisation''s rows of import_error (those written before a time, when given); the caller must be able to write the organisation; returns the number deleted';

-- the locks of the long operations --------------------------------------------

CREATE TABLE @extschema@.work_lock (
	lock_name text PRIMARY KEY
);
COMMENT ON TABLE @extschema@.work_lock IS 'one row per lock of the long operations, taken FOR UPDATE by work_lock(): import:N (the imports of organisation N), import (an import of rows staged for no organisation, the admin''s), refresh_benchmarks; no role but the owner has a privilege on it';
COMMENT ON COLUMN @extschema@.work_lock.lock_name IS 'import:N, import or refresh_benchmarks';
REVOKE ALL ON @extschema@.work_lock FROM PUBLIC;

-- how long the long operations wait for a lock: circular_ict.lock_timeout
-- if set, else the session's lock_timeout if not 0, else one minute
CREATE FUNCTION @extschema@.work_lock_timeout() RETURNS text
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	setting text := nullif(btrim(current_setting('circular_ict.lock_timeout', true)), '');
	session text := current_setting('lock_timeout');
BEGIN
	IF setting IS NOT NULL THEN
		IF setting !~ '^[0-9]+ *(ms|s|min|h|d)?$' OR setting ~ '^0+ *[a-z]*$' THEN
			RAISE EXCEPTION 'invalid value for circular_ict.lock_timeout: "%"', setting
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Give a duration above 0, such as 30s, 5min or 1h (a number alone is milliseconds).';
		END IF;
		RETURN setting;
	END IF;
	IF session NOT IN ('0', '0ms') THEN
		RETURN session;
	END IF;
	RETURN '1min';
END
$function$;
COMMENT ON FUNCTION @extschema@.work_lock_timeout() IS 'how long imports and refresh_benchmarks() wait for a lock: the setting circular_ict.lock_timeout, else the session''s lock_timeout when it is not 0, else 1min';

CREATE FUNCTION @extschema@.work_lock(operation text, org_id integer DEFAULT NULL) RETURNS void
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	scope record := @extschema@.caller_scope();
	key text;
	waited_for text;
	wait text := @extschema@.work_lock_timeout();
	saved text := current_setting('lock_timeout');
BEGIN
	CASE operation
	WHEN 'import' THEN
		IF org_id IS NULL THEN
			-- the imports that take rows staged for no organisation
			IF NOT scope.is_admin THEN
				RAISE EXCEPTION 'permission denied to take the lock of the admin''s imports'
					USING ERRCODE = 'insufficient_privilege';
			END IF;
			key := 'import';
			waited_for := 'another import of rows staged for no organisation (an import by the admin)';
		ELSE
			IF NOT scope.is_admin AND NOT (org_id = ANY (scope.writable)) THEN
				RAISE EXCEPTION 'permission denied to take the import lock of organisation %', org_id
					USING ERRCODE = 'insufficient_privilege';
			END IF;
			key := 'import:' || org_id;
			waited_for := format('another import of organisation "%s"',
				(SELECT o.name FROM @extschema@.organisation o WHERE o.id = org_id));
		END IF;
	WHEN 'refresh_benchmarks' THEN
		IF NOT scope.is_admin THEN
			RAISE EXCEPTION 'permission denied to take the lock of refresh_benchmarks'
				USING ERRCODE = 'insufficient_privilege';
		END IF;
		key := 'refresh_benchmarks';
		waited_for := 'another refresh_benchmarks()';
	ELSE
		RAISE EXCEPTION 'unknown operation: %', coalesce(quote_literal(operation), 'NULL')
			USING ERRCODE = 'invalid_parameter_value';
	END CASE;
	PERFORM set_config('lock_timeout', wait, true);
	BEGIN
		INSERT INTO @extschema@.work_lock (lock_name) VALUES (key) ON CONFLICT DO NOTHING;
		PERFORM FROM @extschema@.work_lock l WHERE l.lock_name = key FOR UPDATE;
	EXCEPTION WHEN lock_not_available THEN
		RAISE EXCEPTION '% waited % for %', CASE operation WHEN 'import' THEN 'the import' ELSE 'refresh_benchmarks()' END,
				wait, waited_for
			USING ERRCODE = 'lock_not_available',
				  DETAIL = format('It waits for the row "%s" of circular_ict.work_lock, which that operation holds until its transaction ends; no member can take it.', key),
				  HINT = 'Run it again when the other one has finished, or wait longer: SET circular_ict.lock_timeout = ''10min''.';
	END;
	PERFORM set_config('lock_timeout', saved, true);
END
$function$;
COMMENT ON FUNCTION @extschema@.work_lock(text, integer) IS 'takes, until the end of the transaction, the lock of an operation: import (of organisation org_id; NULL: of rows staged for no organisation, the admin''s) or refresh_benchmarks; the caller must be able to write the organisation (the admin: any); waits work_lock_timeout() at most, then says what it waited for (55P03)';

REVOKE ALL ON FUNCTION @extschema@.caller_scope(), @extschema@.caller_organisation(text, text),
	@extschema@.delete_assets(bigint[]), @extschema@.delete_product_models(bigint[]),
	@extschema@.clear_staging(text, bigint[]), @extschema@.clear_import_errors(text, timestamptz),
	@extschema@.work_lock(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.delete_assets(bigint[]), @extschema@.delete_product_models(bigint[]),
	@extschema@.clear_staging(text, bigint[]), @extschema@.clear_import_errors(text, timestamptz),
	@extschema@.work_lock(text, integer) TO circular_ict_member, circular_ict_admin;
